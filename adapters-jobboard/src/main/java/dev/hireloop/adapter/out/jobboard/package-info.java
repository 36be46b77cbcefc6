/** Job sources over the SSRF-safe HTTP client, and the jsoup-based posting HTML reader. */
package dev.hireloop.adapter.out.jobboard;
