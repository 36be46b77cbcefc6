/**
 * Job sources over the SSRF-safe HTTP client, and the jsoup-based posting HTML reader. The public surface is
 * {@link dev.hireloop.adapter.out.jobboard.JobBoards}, {@link dev.hireloop.adapter.out.jobboard.JobBoardOptions} and
 * {@link dev.hireloop.adapter.out.jobboard.FetchPolicy}; everything else is package-private.
 *
 * <p>What was verified how: the Greenhouse, Lever and Ashby adapters are tested against {@code FakeJobBoards} (in
 * this module's test-jar), a local server that answers in the shapes the vendors document, not against the live
 * APIs. Two points are unverified upstream and handled defensively: which Greenhouse API host serves EU boards (the
 * default host is tried first, then the EU one), and whether Ashby answers an unknown board with 404 or an empty
 * board (both mean "not found" here). The Lever EU API host ({@code api.eu.lever.co}) is configuration.
 */
package dev.hireloop.adapter.out.jobboard;
