/** Shared value types and the one exception root of the core. */
package dev.hireloop.domain.shared;
