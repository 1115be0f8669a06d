/**
 * The JSON file formats (network format v1, scenarios): the only package that sees Jackson.
 * Readers report every problem with file, line, column and JSON path.
 */
package dev.sse.model.io.json;
