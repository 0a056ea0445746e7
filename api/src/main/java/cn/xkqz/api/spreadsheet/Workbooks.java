package cn.xkqz.api.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tables as .xlsx downloads: a bold header row, text and number cells, columns as wide as their widest
 * value. Rows are streamed (POI SXSSF keeps a window of rows in memory and the rest in a temporary file),
 * so a roster of any length costs the same memory; the file is written on a worker thread.
 */
public final class Workbooks {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Executor WORKERS = task -> Schedulers.boundedElastic().schedule(task);

    private Workbooks() {}

    /**
     * The .xlsx bytes of a one-sheet table.
     *
     * @param rows each a list of cells: a {@link Number} becomes a number cell, null an empty cell,
     *     anything else its text
     */
    public static Flux<DataBuffer> table(
            String sheetName, List<String> headers, Flux<? extends List<?>> rows, DataBufferFactory buffers) {
        return Flux.usingWhen(
                Mono.fromCallable(() -> new TableWriter(sheetName, headers)).subscribeOn(Schedulers.boundedElastic()),
                table -> rows.publishOn(Schedulers.boundedElastic())
                        .doOnNext(table::append)
                        .thenMany(Flux.defer(() ->
                                DataBufferUtils.outputStreamPublisher(out -> writeTo(table, out), buffers, WORKERS))),
                table -> Mono.fromRunnable(table::close).subscribeOn(Schedulers.boundedElastic()));
    }

    /**
     * A download of {@code xlsx} named {@code filename} (UTF-8, RFC 6266 {@code filename*}), with
     * {@code asciiName} for clients that read only {@code filename} (rather than the underscores Spring
     * would put in place of Chinese characters).
     */
    public static ResponseEntity<Flux<DataBuffer>> attachment(
            String filename, String asciiName, Flux<DataBuffer> xlsx) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded(filename))
                .body(xlsx);
    }

    /** RFC 8187 value encoding: attr-chars as they are, every other byte of the UTF-8 as %XX. */
    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static void writeTo(TableWriter table, OutputStream out) {
        try {
            table.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
