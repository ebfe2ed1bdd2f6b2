import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The benchmark's helpers (run by {@code bench/run.sh}, not part of the application):
 * <ul>
 *   <li>{@code generate ROWS FILE TERMS_FILE} — a bulk import file of realistic cases spread over three years, and a
 *       file of search terms drawn from them;</li>
 *   <li>{@code setup JDBC_URL} — a staff account for the benchmark with a personal API token (printed);</li>
 *   <li>{@code ceiling JDBC_URL THREADS SECONDS} — the rows one submission writes, with plain JDBC from THREADS threads
 *       in this one process: the most the database allows, to compare the application with;</li>
 *   <li>{@code smtp-sink PORT COUNT_FILE} — a real SMTP server (GreenMail) that counts and discards what it receives.</li>
 * </ul>
 */
public class BenchTool {

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> generate(Long.parseLong(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "setup" -> setup(args[1]);
            case "ceiling" -> ceiling(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "smtp-sink" -> smtpSink(Integer.parseInt(args[1]), Path.of(args[2]));
            default -> {
                System.err.println("usage: BenchTool generate|setup|ceiling|smtp-sink …");
                System.exit(2);
            }
        }
    }

    // data generator

    static final String[] FIRST = {"Sam", "Alex", "Jo", "Chris", "Pat", "Lee", "Kim", "Ann", "Tom", "Ruth", "Priya", "Mohammed",
            "Olivia", "Amelia", "Isla", "Ava", "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Muhammad", "Jack",
            "Grace", "Freya", "Lily", "Emily", "Sophie", "Charlie", "Jacob", "Thomas", "James", "William", "Henry",
            "Fatima", "Aisha", "Zara", "Ella", "Mia", "Evie", "Poppy", "Rosie", "Daniel", "David", "Peter", "Susan",
            "Margaret", "Janet", "Barbara", "Graham", "Keith", "Derek", "Sandra", "Hannah", "Joanne", "Wei", "Kofi"};
    static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
            "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore",
            "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis",
            "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter", "Cook",
            "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox", "Hussain", "Marshall",
            "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis", "Murphy", "Chapman",
            "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers",
            "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens", "Kaur", "Fisher", "Butler", "Dixon", "Russell",
            "Harvey", "Pearson", "Graham", "Okafor", "Nowak", "Kowalski", "Fernandes", "Oduya", "Ashworth", "Pemberton"};
    static final String[] TOWNS = {"Cambridge", "Ely", "Huntingdon", "St Neots", "Wisbech", "March", "St Ives", "Chatteris",
            "Whittlesey", "Soham", "Ramsey", "Littleport", "Sawston", "Cambourne", "Histon", "Linton"};
    static final String[] OUTWARD = {"CB1", "CB2", "CB3", "CB4", "CB5", "CB6", "CB7", "CB21", "CB22", "CB23", "CB24", "CB25",
            "PE13", "PE14", "PE15", "PE16", "PE19", "PE26", "PE27", "PE28", "PE29", "SG8", "SG19"};
    static final String[] STREETS = {"High Street", "Mill Road", "Station Road", "Church Lane", "Fore Hill", "Market Street",
            "London Road", "Victoria Road", "Newmarket Road", "Hills Road", "The Green", "Back Lane", "School Lane"};
    static final String[] AREAS = {"adult-social-care", "childrens-social-care", "education-send", "school-transport",
            "highways", "parking", "waste", "libraries", "registration", "public-health", "trading-standards", "planning",
            "transport-passenger", "council-tax-finance", "customer-services", "other"};
    static final Map<String, String[]> TOPICS = Map.ofEntries(
            Map.entry("highways", new String[] {"pothole", "gritting", "streetlight", "pavement", "drainage", "verge", "roadworks"}),
            Map.entry("waste", new String[] {"recycling", "household waste centre", "fly-tipping", "skip permit", "bulky waste"}),
            Map.entry("parking", new String[] {"penalty charge", "resident permit", "blue badge", "car park", "yellow lines"}),
            Map.entry("libraries", new String[] {"library opening hours", "mobile library", "overdue fines", "reading group"}),
            Map.entry("adult-social-care", new String[] {"care package", "home care visits", "financial assessment", "carer support"}),
            Map.entry("childrens-social-care", new String[] {"social worker", "child protection plan", "foster placement", "early help"}),
            Map.entry("education-send", new String[] {"EHCP assessment", "school place", "SEND support", "annual review"}),
            Map.entry("school-transport", new String[] {"school bus", "transport application", "bus pass", "taxi escort"}),
            Map.entry("registration", new String[] {"birth certificate", "wedding ceremony", "citizenship ceremony"}),
            Map.entry("public-health", new String[] {"smoking cessation", "health visitor", "sexual health clinic"}),
            Map.entry("trading-standards", new String[] {"rogue trader", "doorstep selling", "counterfeit goods"}),
            Map.entry("planning", new String[] {"minerals application", "waste planning", "planning consultation"}),
            Map.entry("transport-passenger", new String[] {"bus timetable", "community transport", "concessionary fares"}),
            Map.entry("council-tax-finance", new String[] {"invoice", "direct debit", "refund", "payment reminder"}),
            Map.entry("customer-services", new String[] {"phone waiting time", "contact centre", "call back"}),
            Map.entry("other", new String[] {"website", "council meeting", "consultation"}),
            Map.entry("", new String[] {"service", "staff member", "letter"}));
    static final String[] OPENINGS = {"I am writing about the %s near my home in %s.", "Complaint regarding the %s in %s.",
            "I want to say how pleased I was with the %s in %s.", "Could the council please look again at the %s in %s?",
            "For the third time I am reporting the %s in %s."};
    static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";
    static final String[] MIDDLES = {"Nobody has replied to my emails and the phone line kept me waiting for an hour.",
            "The staff were helpful and explained everything clearly.", "This has been going on for several months now.",
            "My elderly mother relies on this and has been left without support.",
            "I was told someone would call me back within two days but nobody did.",
            "It is dangerous, especially at night when it is dark and wet.", "Thank you to everyone involved.",
            "The information on the website was out of date and contradicted what I was told.",
            "I had to take a day off work because the appointment was cancelled without notice."};
    static final String[] OUTCOMES = {"An apology and for this to be fixed.", "Please fix it as soon as possible.",
            "A refund of the charge.", "I would like an explanation.", "Pass my thanks to the team.", ""};

    static void generate(long rows, Path file, Path termsFile) throws IOException {
        Random random = new Random(20261122L);
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        long span = Duration3Years.SECONDS;
        Set<String> terms = new LinkedHashSet<>();
        List<String> references = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("reference", "type", "channel", "receivedAt", "serviceArea", "description", "desiredOutcome",
                    "eventDate", "anonymous", "contactName", "contactEmail", "contactPhone", "addressLine1", "addressLine2",
                    "townOrCity", "postcode", "preferredContactMethod", "onBehalfOfName", "onBehalfOfRelationship",
                    "onBehalfOfConsent", "status", "acknowledgedAt");
            // A legacy system exports its cases in the order it numbered them, which is the order they were received.
            long[] ages = new long[Math.toIntExact(rows)];
            for (int i = 0; i < ages.length; i++) {
                ages[i] = (long) (random.nextDouble() * span);
            }
            java.util.Arrays.sort(ages);
            for (long i = 0; i < rows; i++) {
                Instant received = end.minusSeconds(ages[Math.toIntExact(rows - 1 - i)]);
                int year = received.atZone(ZoneOffset.UTC).getYear();
                String reference = i % 2 == 0 ? String.format(Locale.ROOT, "LEG-%d-%07d", year, i) : "";
                String type = pick(random, new String[] {"COMPLAINT", "COMPLAINT", "COMPLAINT", "COMPLAINT", "COMPLIMENT",
                        "COMPLIMENT", "SUGGESTION", "REPRESENTATION", "NOT_SURE"});
                String channel = pick(random, new String[] {"ONLINE", "ONLINE", "ONLINE", "EMAIL", "EMAIL", "PHONE", "PHONE",
                        "LETTER", "FACE_TO_FACE", "COUNCILLOR"});
                String area = random.nextInt(10) == 0 ? "" : pick(random, AREAS);
                String town = pick(random, TOWNS);
                String street = pick(random, STREETS);
                String topic = pick(random, TOPICS.get(area));
                String description = String.format(OPENINGS[random.nextInt(OPENINGS.length)], topic, town)
                        + " " + pick(random, MIDDLES) + " " + pick(random, MIDDLES)
                        + " Case note " + Long.toString(i, 36) + ".";
                LocalDate eventDate = random.nextBoolean() ? received.atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(60)) : null;
                boolean anonymous = random.nextInt(25) == 0;
                String first = pick(random, FIRST);
                String last = pick(random, LAST);
                String name = anonymous ? "" : first + " " + last;
                String email = anonymous || random.nextInt(5) == 0 ? ""
                        : (first + "." + last + (i % 997)).toLowerCase(Locale.ROOT) + "@example.org";
                String phone = anonymous || random.nextInt(3) == 0 ? "" : String.format(Locale.ROOT, "07700 9%05d", random.nextInt(100000));
                boolean hasAddress = !anonymous && (email.isEmpty() || random.nextInt(3) == 0);
                String postcode = hasAddress ? pick(random, OUTWARD) + " " + (random.nextInt(9) + 1)
                        + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length())) : "";
                String preferred = anonymous ? "" : !email.isEmpty() ? "EMAIL" : !phone.isEmpty() ? "PHONE" : "LETTER";
                if (!anonymous && email.isEmpty() && phone.isEmpty() && !hasAddress) {
                    phone = "01223 555" + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
                    preferred = "PHONE";
                }
                boolean representative = !anonymous && random.nextInt(15) == 0;
                int ageDays = (int) ChronoUnit.DAYS.between(received, end);
                String status = ageDays < 30 ? pick(random, new String[] {"RECEIVED", "IN_PROGRESS", "IN_PROGRESS", "RESPONDED"})
                        : ageDays < 120 ? pick(random, new String[] {"IN_PROGRESS", "RESPONDED", "CLOSED", "CLOSED", "CLOSED"})
                        : random.nextInt(200) == 0 ? "IN_PROGRESS" : random.nextInt(40) == 0 ? "SIGNPOSTED" : "CLOSED";
                String acknowledged = anonymous ? "" : received.plus(1 + random.nextInt(72), ChronoUnit.HOURS).toString();
                csv.printRecord(reference, type, channel, received.toString(), area, description, pick(random, OUTCOMES),
                        eventDate == null ? "" : eventDate.toString(), anonymous, name, email, phone,
                        hasAddress ? (1 + random.nextInt(120)) + " " + street : "", "", hasAddress ? town : "", postcode,
                        preferred, representative ? pick(random, FIRST) + " " + last : "", representative ? "Parent" : "",
                        representative ? "true" : "", status, acknowledged);
                if (i % 997 == 0) {
                    if (!name.isEmpty()) {
                        terms.add(last);
                        terms.add(name);
                    }
                    if (!email.isEmpty()) {
                        terms.add(email);
                    }
                    if (!postcode.isEmpty()) {
                        terms.add(postcode);
                    }
                    terms.add(topic);
                    terms.add(street);
                }
                if (!reference.isEmpty() && i % 4999 == 0) {
                    references.add(reference);
                }
            }
        }
        List<String> all = new ArrayList<>(terms);
        all.addAll(references);
        Files.write(termsFile, all, StandardCharsets.UTF_8);
    }

    static final class Duration3Years {
        static final long SECONDS = 3L * 365 * 24 * 3600;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    // staff account and API token for the benchmark

    static void setup(String url) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = "cf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            exec(c, "insert into staff_account (username, display_name, email, password_hash, enabled, created_at) values "
                    + "('bench.officer', 'Benchmark Officer', null, '{noop}" + UUID.randomUUID() + "', true, now()) on conflict do nothing");
            exec(c, "insert into staff_role (username, role) values ('bench.officer', 'COMPLAINTS_OFFICER') on conflict do nothing");
            exec(c, "insert into api_token (username, name, token_hash, created_at) values ('bench.officer', 'benchmark', '" + hash + "', now())");
        }
        System.out.println(token);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // the ceiling: the same rows as one submission and its acknowledgement, with plain JDBC

    static void ceiling(String url, int threads, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                    c.setAutoCommit(false);
                    Submission submission = new Submission(c);
                    ready.countDown();
                    start.await();
                    long seq = 0;
                    while (running.get()) {
                        long began = System.nanoTime();
                        long id = submission.intake(index, seq++);
                        long took = System.nanoTime() - began;
                        submission.acknowledge(id);
                        if (n < mine.length) {
                            mine[n++] = took;
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    ready.countDown();
                }
                latencies[index] = mine;
                counts[index] = n;
            });
            workers.add(worker);
            worker.start();
        }
        ready.await();
        long began = System.nanoTime();
        start.countDown();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%.1f %.2f %.2f %.2f %d%n", done.get() / elapsed, pct(all, 50), pct(all, 95), pct(all, 99), done.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The statements the application runs for one online submission and its acknowledgement email, minus HTTP, JSON and SMTP. */
    static final class Submission {
        final Connection c;
        final PreparedStatement next;
        final PreparedStatement feedback;
        final PreparedStatement event;
        final PreparedStatement publication;
        final PreparedStatement message;
        final PreparedStatement acknowledged;
        final PreparedStatement completed;
        final String body = "The streetlight outside 12 Mill Road has been out for three weeks and the pavement is dark. "
                + "I have reported it twice online. Please repair it.";

        Submission(Connection c) throws SQLException {
            this.c = c;
            next = c.prepareStatement("select nextval('feedback_number_seq')");
            feedback = c.prepareStatement("""
                    insert into feedback (id, reference, type, chosen_type, status, channel, received_at, clock_start,
                      recorded_by, service_area, description, desired_outcome, event_date, anonymous, contact_name,
                      contact_email, contact_email_normalised, contact_phone, contact_phone_normalised, address_line1,
                      address_line2, address_town, postcode, postcode_normalised, preferred_contact_method, on_behalf_name,
                      on_behalf_relationship, on_behalf_consent, ack_method, ack_due_by, ack_sent_at, created_at)
                    values (?, ?, 'COMPLAINT', 'COMPLAINT', 'RECEIVED', 'ONLINE', ?, ?, null, 'highways', ?, 'Fix it', null,
                      false, 'Sam Smith', ?, ?, null, null, null, null, null, null, null, 'EMAIL', null, null, null, 'EMAIL', ?, ?, ?)""");
            event = c.prepareStatement("insert into feedback_event (feedback_id, at, actor, event, detail) values (?, ?, ?, ?, ?)");
            publication = c.prepareStatement("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                      completion_attempts) values (?, 'org.councilfeedback.correspondence.Acknowledgements.on(org.councilfeedback.intake.FeedbackReceived)',
                      'org.councilfeedback.intake.FeedbackReceived', ?, ?, 'PUBLISHED', 1)""");
            message = c.prepareStatement("""
                    insert into outgoing_message (reference, kind, dedupe_key, method, status, recipient_name, recipient,
                      subject, body, due_by, created_at, sent_at, attempts, next_attempt_at)
                    values (?, 'ACKNOWLEDGEMENT_COPY', ?, 'EMAIL', 'SENT', 'Sam Smith', 'sam@example.org', ?, ?, ?, ?, ?, 1, ?)""");
            acknowledged = c.prepareStatement("update feedback set ack_sent_at = coalesce(ack_sent_at, ?) where id = ?");
            completed = c.prepareStatement("update event_publication set completion_date = ?, status = 'COMPLETED' where id = ?");
        }

        UUID lastPublication;
        String lastReference;

        long intake(int thread, long seq) throws SQLException {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long id;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            String reference = String.format(Locale.ROOT, "FB-%d-%06d", now.getYear(), id);
            String email = "sam" + thread + "." + seq + "@example.org";
            feedback.setLong(1, id);
            feedback.setString(2, reference);
            feedback.setObject(3, now);
            feedback.setObject(4, now.toLocalDate());
            feedback.setString(5, body);
            feedback.setString(6, email);
            feedback.setString(7, email);
            feedback.setObject(8, now.toLocalDate());
            feedback.setObject(9, now);
            feedback.setObject(10, now);
            feedback.executeUpdate();
            event.setLong(1, id);
            event.setObject(2, now);
            event.setString(3, "online form");
            event.setString(4, "Received");
            event.setString(5, "Given online, received today.");
            event.executeUpdate();
            lastPublication = UUID.randomUUID();
            publication.setObject(1, lastPublication);
            publication.setString(2, "{\"reference\":\"" + reference + "\",\"type\":\"COMPLAINT\",\"channel\":\"ONLINE\",\"email\":\"" + email + "\"}");
            publication.setObject(3, now);
            publication.executeUpdate();
            c.commit();
            lastReference = reference;
            return id;
        }

        void acknowledge(long id) throws SQLException {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            message.setString(1, lastReference);
            message.setString(2, "ack:" + lastReference);
            message.setString(3, "We have received your feedback " + lastReference);
            message.setString(4, "Dear Sam Smith,\n\nThank you for your feedback. " + body);
            message.setObject(5, now.toLocalDate());
            message.setObject(6, now);
            message.setObject(7, now);
            message.setObject(8, now);
            message.executeUpdate();
            acknowledged.setObject(1, now);
            acknowledged.setLong(2, id);
            acknowledged.executeUpdate();
            event.setLong(1, id);
            event.setObject(2, now);
            event.setString(3, "system");
            event.setString(4, "Acknowledgement email sent");
            event.setString(5, "Acknowledgement emailed to sam@example.org");
            event.executeUpdate();
            completed.setObject(1, now);
            completed.setObject(2, lastPublication);
            completed.executeUpdate();
            c.commit();
        }
    }

    // SMTP sink

    static void smtpSink(int port, Path countFile) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        // One line per email received, in arrival order: Message-ID, kind (X-Message-Kind) and case reference, so that the
        // run can tell acknowledgements from other emails and see whether any Message-ID was delivered twice. Each email
        // is noted as GreenMail accepts it (before the mail server's "250 OK"), delivered to one mailbox, and thrown away
        // once a second: listing every mailbox every second grew with every email received and took more than half a
        // core from the application by the end of a full run.
        var sink = mail.setUser("sink@bench.invalid", "sink", "sink");
        var received = new java.util.concurrent.LinkedBlockingQueue<String>();
        mail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            var m = message.getMessage();
            received.add(header(m, "Message-ID") + " " + header(m, "X-Message-Kind") + " " + header(m, "X-Feedback-Reference"));
            return sink;
        });
        Path log = countFile.resolveSibling(countFile.getFileName() + ".log");
        long total = 0;
        var batch = new java.util.ArrayList<String>();
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            while (true) {
                Thread.sleep(1000);
                mail.getManagers().getImapHostManager().getInbox(sink).deleteAllMessages();
                batch.clear();
                received.drainTo(batch);
                for (String line : batch) {
                    out.write(line);
                    out.newLine();
                }
                total += batch.size();
                out.flush();
                Files.writeString(countFile, Long.toString(total));
            }
        }
    }

    private static String header(jakarta.mail.internet.MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null || value.isBlank() ? "-" : value.replaceAll("\\s+", "");
        } catch (jakarta.mail.MessagingException e) {
            return "-";
        }
    }
}
