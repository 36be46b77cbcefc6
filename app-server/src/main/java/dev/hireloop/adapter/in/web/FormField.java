package dev.hireloop.adapter.in.web;

/** A text input as the page shows it again: its id (also the form name), the value typed, and its error or null. */
record FormField(String id, String value, String error) {
  static FormField empty(String id) {
    return new FormField(id, "", null);
  }
}
