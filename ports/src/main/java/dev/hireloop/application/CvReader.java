package dev.hireloop.application;

import dev.hireloop.domain.cv.ParsedCv;
import java.time.LocalDate;

/** Reads a CV's extracted text; {@code today} ends the jobs a CV calls "present". */
@FunctionalInterface
interface CvReader {
  ParsedCv read(String text, LocalDate today);
}
