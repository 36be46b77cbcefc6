/** Calendar files: iCalendar (RFC 5545) invitations and cancellations written with ical4j. */
package dev.hireloop.adapter.out.calendar;
