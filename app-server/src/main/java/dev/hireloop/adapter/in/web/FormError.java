package dev.hireloop.adapter.in.web;

/** An entry of the error summary: the message, linking to the field it is about ({@code #name}). */
record FormError(String href, String message) {
  static FormError field(String id, String message) {
    return new FormError("#" + id, message);
  }
}
