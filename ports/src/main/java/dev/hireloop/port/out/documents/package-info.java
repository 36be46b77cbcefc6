/** Reading the text out of uploaded documents (CVs): PDF, DOCX, plain text, Markdown. */
package dev.hireloop.port.out.documents;
