/** CSV exports of analysis results; plain Java, shared by the explorer's File → Export and the CLI. */
package dev.sse.model.io.csv;
