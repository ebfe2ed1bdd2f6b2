package org.councilfeedback.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Bulk import of cases from a legacy system (a CSV file, {@code docs/bulk-import.md}). The upload is stored in a
 * temporary file and checked for a usable header, then imported in the background in batches: every row meets the
 * same {@link SubmissionRules} as a submission, keeps its own reference (checked for format and uniqueness) or gets one
 * from the sequence, and is stored with its import and line, which give its "Imported" timeline entry ({@link
 * ImportedCaseEntry}). Imported cases are history: no acknowledgement
 * is sent and no {@link FeedbackReceived} event is published. Each batch commits with the import's progress, so the
 * report always matches what is stored.
 */
@Service
public class BulkImports implements DisposableBean {

    /** Rejected-row errors kept per import; more are counted but not listed. */
    public static final int MAX_REPORTED_ERRORS = 10_000;
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

    private final JdbcClient jdbc;
    private final BulkImportWriter writer;
    private final SubmissionRules rules;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final long maxBytes;
    private final int batchSize;
    /** Batches stored at once, each in its own transaction and connection. */
    private final int writers;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulk-import");
        thread.setDaemon(true);
        return thread;
    });
    /** Imports this node has queued or is running; their heartbeat shows other nodes they are alive. */
    private final Set<Long> mine = ConcurrentHashMap.newKeySet();

    BulkImports(JdbcClient jdbc, BulkImportWriter writer, SubmissionRules rules, WorkingDayCalendar calendar,
            CouncilProfile profile, Clock clock, TransactionTemplate transactions,
            @Value("${council-feedback.imports.max-size:512MB}") DataSize maxSize,
            @Value("${council-feedback.imports.batch-size:5000}") int batchSize,
            @Value("${council-feedback.imports.writers:2}") int writers) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.rules = rules;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
        this.transactions = transactions;
        this.maxBytes = maxSize.toBytes();
        this.batchSize = Math.max(1, batchSize);
        this.writers = Math.max(1, writers);
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the file, checks its header and queues the import.
     *
     * @return the import's id
     * @throws ImportTooLargeException when the body is larger than {@link #maxBytes()} (nothing is kept)
     * @throws InvalidImportFileException when the header is unusable (nothing is kept)
     */
    public long start(InputStream body, String username) throws IOException {
        Path file = spool(body);
        try {
            List<InvalidField> errors = BulkImportRows.checkHeader(header(file));
            if (!errors.isEmpty()) {
                throw new InvalidImportFileException(errors);
            }
            Instant now = clock.instant();
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into bulk_import (status, created_by, created_at, updated_at, rows_read, rows_imported, rows_rejected)
                    values ('QUEUED', :by, :at, :at, 0, 0, 0)""")
                    .param("by", username).param("at", now.atOffset(ZoneOffset.UTC))
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            mine.add(id);
            executor.submit(() -> run(id, file, username));
            return id;
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The import's progress and report; an import whose node stopped shows as {@link BulkImportStatus#INTERRUPTED}. */
    public Optional<BulkImportReport> find(long id) {
        record Job(BulkImportStatus status, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt,
                Instant updatedAt, long read, long imported, long rejected, String error) {}
        Optional<Job> job = jdbc.sql("""
                select status, created_by, created_at, started_at, finished_at, updated_at, rows_read, rows_imported,
                  rows_rejected, error from bulk_import where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Job(BulkImportStatus.valueOf(rs.getString(1)), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getString(10)))
                .optional();
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Job j = job.get();
        BulkImportStatus status = j.status();
        String error = j.error();
        if ((status == BulkImportStatus.QUEUED || status == BulkImportStatus.RUNNING)
                && j.updatedAt().isBefore(clock.instant().minus(STALE_AFTER))) {
            status = BulkImportStatus.INTERRUPTED;
            error = "The application stopped while importing: the rows counted as imported are stored, the rest are not";
        }
        Map<Long, BulkImportReport.RejectedRow> rejected = new LinkedHashMap<>();
        jdbc.sql("select line, reference, field, message from bulk_import_rejection where import_id = :id order by line, id")
                .param("id", id)
                .query(rs -> {
                    long line = rs.getLong(1);
                    rejected.computeIfAbsent(line, l -> {
                        try {
                            return new BulkImportReport.RejectedRow(l, rs.getString(2), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).errors().add(new InvalidField(rs.getString(3), rs.getString(4)));
                });
        return Optional.of(new BulkImportReport(id, status, j.createdBy(), j.createdAt(), j.startedAt(), j.finishedAt(),
                j.read(), j.imported(), j.rejected(), error, List.copyOf(rejected.values())));
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void heartbeat() {
        if (!mine.isEmpty()) {
            jdbc.sql("update bulk_import set updated_at = :now where id in (:ids) and status in ('QUEUED', 'RUNNING')")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("ids", List.copyOf(mine)).update();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    // the import itself

    private void run(long id, Path file, String username) {
        Progress progress = new Progress();
        long rowsParsed = 0;
        ExecutorService batches = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "bulk-import-" + id + "-writer");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(writers);
        List<Future<?>> stored = new ArrayList<>();
        try {
            Instant started = clock.instant();
            jdbc.sql("update bulk_import set status = 'RUNNING', started_at = :at, updated_at = :at where id = :id")
                    .param("at", started.atOffset(ZoneOffset.UTC)).param("id", id).update();
            log.info("Bulk import {} by {} started", id, username);
            try (Reader reader = utf8(file); CSVParser parser = CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, Integer> columns = parser.getHeaderMap();
                List<BulkImportRows.Parsed> batch = new ArrayList<>(batchSize);
                long previousLine = 1;
                for (CSVRecord record : parser) {
                    long line = previousLine + 1;
                    previousLine = parser.getCurrentLineNumber();
                    batch.add(BulkImportRows.parse(record, line, columns));
                    rowsParsed++;
                    if (batch.size() == batchSize) {
                        stored.add(submit(batches, inFlight, id, batch, username, progress));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                stored.add(submit(batches, inFlight, id, batch, username, progress));
            } finally {
                for (Future<?> future : stored) {
                    waitFor(future);
                }
            }
            if (writer.postgres() && progress.imported() >= 10_000) {
                jdbc.sql("analyze feedback").update();
            }
            finish(id, BulkImportStatus.COMPLETED, null);
            log.info("Bulk import {} completed: {} rows read, {} imported, {} rejected", id, progress.read(),
                    progress.imported(), progress.rejected());
        } catch (Exception e) {
            String reason = reason(e, rowsParsed);
            log.warn("Bulk import {} failed after {} rows: {}", id, rowsParsed, reason);
            try {
                finish(id, BulkImportStatus.FAILED, reason);
            } catch (RuntimeException again) {
                log.warn("Bulk import {} could not be marked as failed: {}", id, again.getMessage());
            }
        } finally {
            batches.shutdownNow();
            mine.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    /**
     * Hands a batch to a writer once one is free (so at most {@code writers} batches are in memory besides the one
     * being read): the next batch is read and checked while PostgreSQL stores this one, using both cores. A batch that
     * failed stops the import at the next hand-over.
     */
    private Future<?> submit(ExecutorService batches, Semaphore inFlight, long id, List<BulkImportRows.Parsed> batch,
            String username, Progress progress) throws InterruptedException {
        inFlight.acquire();
        if (progress.failure != null) {
            inFlight.release();
            throw progress.failure;
        }
        return batches.submit(() -> {
            try {
                store(id, batch, username, progress);
            } catch (RuntimeException e) {
                progress.failure = e;
                throw e;
            } finally {
                inFlight.release();
            }
        });
    }

    private static void waitFor(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** What the import has done so far, added to by each stored batch (batches are stored in parallel). */
    private static final class Progress {
        private final AtomicLong read = new AtomicLong();
        private final AtomicLong imported = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private final AtomicLong errorsReported = new AtomicLong();
        private volatile RuntimeException failure;

        long read() {
            return read.get();
        }

        long imported() {
            return imported.get();
        }

        long rejected() {
            return rejected.get();
        }

        /** Reserves room in the report for up to {@code wanted} errors; returns how many may be listed. */
        int reserveErrors(int wanted) {
            while (true) {
                long before = errorsReported.get();
                long granted = Math.max(0, Math.min(wanted, MAX_REPORTED_ERRORS - before));
                if (errorsReported.compareAndSet(before, before + granted)) {
                    return (int) granted;
                }
            }
        }
    }

    /** What one batch did: rows read, imported and rejected. */
    private record BatchCounts(long read, long imported, long rejected) {}

    /** Checks a batch and stores its valid rows, its rejections and the progress in one transaction. */
    private void store(long id, List<BulkImportRows.Parsed> batch, String username, Progress progress) {
        for (int attempt = 1; ; attempt++) {
            try {
                BatchCounts counts = transactions.execute(tx -> storeOnce(id, batch, username, progress));
                progress.read.addAndGet(counts.read());
                progress.imported.addAndGet(counts.imported());
                progress.rejected.addAndGet(counts.rejected());
                return;
            } catch (DuplicateKeyException raced) {
                // another batch, import or node took one of these references after we checked: check again
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    private BatchCounts storeOnce(long id, List<BulkImportRows.Parsed> batch, String username, Progress progress) {
        writer.commitWithoutWaitingForTheDisk();
        Map<Long, List<InvalidField>> errors = new LinkedHashMap<>();
        Map<Long, String> rawReferences = new HashMap<>();
        List<BulkImportRows.Row> valid = new ArrayList<>(batch.size());
        Map<String, Long> givenReferences = new HashMap<>();
        for (BulkImportRows.Parsed parsed : batch) {
            rawReferences.put(parsed.line(), parsed.rawReference());
            if (parsed.row() == null) {
                errors.put(parsed.line(), parsed.errors());
                continue;
            }
            List<InvalidField> broken = new ArrayList<>();
            for (InvalidField error : rules.check(parsed.row().submission(), true)) {
                broken.add(BulkImportRows.inColumns(error));
            }
            String reference = parsed.row().reference();
            if (reference != null && givenReferences.putIfAbsent(reference, parsed.line()) != null) {
                broken.add(new InvalidField(BulkImportRows.REFERENCE, "The reference " + reference
                        + " is also given on line " + givenReferences.get(reference) + " of this file"));
            }
            if (broken.isEmpty()) {
                valid.add(parsed.row());
            } else {
                errors.put(parsed.line(), broken);
            }
        }
        Set<String> taken = new HashSet<>(writer.existingReferences(givenReferences.keySet()));
        if (!taken.isEmpty()) {
            valid.removeIf(row -> {
                if (row.reference() != null && taken.contains(row.reference())) {
                    errors.put(row.line(), List.of(new InvalidField(BulkImportRows.REFERENCE, "The reference "
                            + row.reference() + " is already used by another case (perhaps elsewhere in this file)")));
                    return true;
                }
                return false;
            });
        }
        // Stored in the order they were received: most of feedback's indexes lead with the date, or with a status,
        // type or area and then the date, so each index page a batch touches is read and written once for all its
        // rows rather than once per row (a legacy export in any other order took a third longer).
        valid.sort(Comparator.comparing((BulkImportRows.Row row) -> row.submission().receivedAt())
                .thenComparingLong(BulkImportRows.Row::line));
        Instant now = clock.instant();
        List<Long> numbers = writer.nextNumbers(valid.size());
        List<BulkImportWriter.Prepared> prepared = new ArrayList<>(valid.size());
        long highestOwn = -1;
        String ownPrefix = profile.referencePrefix() + "-";
        for (int i = 0; i < valid.size(); i++) {
            BulkImportRows.Row row = valid.get(i);
            long number = numbers.get(i);
            Instant receivedAt = row.submission().receivedAt();
            String reference = row.reference();
            if (reference == null) {
                reference = Reference.of(profile.referencePrefix(), receivedAt.atZone(profile.timeZone()).getYear(), number).value();
            } else if (reference.startsWith(ownPrefix)) {
                highestOwn = Math.max(highestOwn, Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1)));
            }
            ContactMethod replyMethod = SubmissionRules.replyMethod(row.submission()).orElse(null);
            prepared.add(new BulkImportWriter.Prepared(number, reference, row, calendar.clockStart(receivedAt), replyMethod));
        }
        writer.write(id, prepared, username, now);
        if (highestOwn >= 0) {
            synchronized (writer) { // two batches must not set the sequence back
                writer.advanceSequencePast(highestOwn);
            }
        }
        List<Object[]> rejections = new ArrayList<>();
        int listed = 0;
        for (List<InvalidField> fields : errors.values()) {
            listed += fields.size();
        }
        int room = progress.reserveErrors(listed);
        for (var entry : errors.entrySet()) {
            for (InvalidField error : entry.getValue()) {
                if (rejections.size() >= room) {
                    break;
                }
                String raw = rawReferences.get(entry.getKey());
                rejections.add(new Object[] {id, entry.getKey(), raw == null ? null : abbreviate(raw, 64),
                        abbreviate(error.field(), 100), abbreviate(error.message(), 1000)});
            }
        }
        for (Object[] rejection : rejections) {
            jdbc.sql("insert into bulk_import_rejection (import_id, line, reference, field, message) values (?, ?, ?, ?, ?)")
                    .params(rejection).update();
        }
        BatchCounts counts = new BatchCounts(batch.size(), prepared.size(), errors.size());
        jdbc.sql("""
                update bulk_import set rows_read = rows_read + :read, rows_imported = rows_imported + :imported,
                  rows_rejected = rows_rejected + :rejected, updated_at = :now where id = :id""")
                .param("read", counts.read()).param("imported", counts.imported()).param("rejected", counts.rejected())
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", id).update();
        return counts;
    }

    private void finish(long id, BulkImportStatus status, String error) {
        Instant now = clock.instant();
        jdbc.sql("update bulk_import set status = :status, finished_at = :at, updated_at = :at, error = :error where id = :id")
                .param("status", status.name()).param("at", now.atOffset(ZoneOffset.UTC))
                .param("error", error == null ? null : abbreviate(error, 1000)).param("id", id).update();
    }

    private static String reason(Exception e, long rowsParsed) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "The file is not UTF-8 text (after row " + rowsParsed + "); save it as CSV UTF-8 and import the rest";
            }
        }
        if (e instanceof UncheckedIOException || e instanceof IllegalStateException) {
            return "The file is not valid CSV after row " + rowsParsed + ": " + e.getMessage();
        }
        return "The import stopped after row " + rowsParsed + ": " + e.getMessage();
    }

    // files

    private Path spool(InputStream body) throws IOException {
        Path file = Files.createTempFile("bulk-import-", ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static List<String> header(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(utf8(file))) {
            String first = reader.readLine();
            if (first == null) {
                return List.of();
            }
            try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(first))) {
                var records = parser.getRecords();
                return records.isEmpty() ? List.of() : records.get(0).toList().stream().map(String::trim).toList();
            }
        } catch (CharacterCodingException e) {
            throw new InvalidImportFileException(List.of(new InvalidField("header", "The file must be UTF-8 text")));
        } catch (UncheckedIOException e) {
            throw new InvalidImportFileException(List.of(new InvalidField("header", "The first line must name the columns, separated by commas")));
        }
    }

    /** A strict UTF-8 reader that skips a byte order mark. */
    private static Reader utf8(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 256 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
