/** The bundled sample networks, as classpath resources under {@code dev/sse/samples}. */
module dev.sse.samples {
    exports dev.sse.samples;
    opens dev.sse.samples;
}
