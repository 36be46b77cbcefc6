package dev.hireloop.adapter.in.web;

import dev.hireloop.domain.scheduling.LocationKind;

/** How a page names where an interview takes place. */
final class Where {
  private Where() {}

  static String kind(LocationKind kind) {
    return switch (kind) {
      case VIDEO -> "Video call";
      case PHONE -> "Phone call";
      case ADDRESS -> "In person";
    };
  }
}
