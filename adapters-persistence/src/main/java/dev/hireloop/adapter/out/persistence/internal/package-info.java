/**
 * Helpers shared by the JDBI and in-memory adapters so that both store exactly the same thing. Not part of the
 * public API: the classes are public only because two adapter packages use them, and may change at any time.
 */
package dev.hireloop.adapter.out.persistence.internal;
