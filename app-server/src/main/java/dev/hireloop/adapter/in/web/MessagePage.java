package dev.hireloop.adapter.in.web;

import java.util.List;

/** A page that only says something ({@code message.mustache}): not found, expired, cancelled, an error. */
record MessagePage(String pageTitle, String heading, List<String> paragraphs, String linkHref, String linkLabel) {
  MessagePage(String pageTitle, String heading, String paragraph) {
    this(pageTitle, heading, List.of(paragraph), null, null);
  }
}
