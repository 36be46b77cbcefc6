/**
 * CV intake: a CV document read, parsed and stored with the profile it creates or updates (found by e-mail
 * address), and the stored documents listed, downloaded and erased.
 */
package dev.hireloop.port.in.cv;
