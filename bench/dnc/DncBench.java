import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.realtycrm.pipeline.control.AreaCodeBitmaps;
import org.realtycrm.pipeline.control.RegisteredLists;
import org.realtycrm.pipeline.control.RegistryFileReader;
import org.realtycrm.pipeline.entity.DncListKey;

/**
 * The Do-Not-Call registry's three targets, each next to a baseline measured in the same run:
 * <ul>
 * <li>load: RegistryFileReader over the per-area-code text files, against reading the same files and counting their
 * lines (the disk and the byte scan alone);</li>
 * <li>heap: the loaded bitmaps, measured as live heap after a full GC, against the same numbers as a sorted
 * long[] (8 bytes a number, the compact structure without compression);</li>
 * <li>scrub: 1,000,000 phones through RegisteredLists.hits (federal, a state list and the litigator list), against a
 * binary search of each phone in the sorted long[].</li>
 * </ul>
 * Arguments: work directory, numbers (50,000,000), area codes (70), phones to scrub (1,000,000). Prints one
 * "key=value" line per figure.
 */
public class DncBench {

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        long numbers = Long.parseLong(args[1]);
        int areaCodes = Integer.parseInt(args[2]);
        int phones = Integer.parseInt(args[3]);
        Files.createDirectories(work);
        if (numbers > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " numbers (the baseline's array)");
        }

        List<Path> files = generate(work, numbers, areaCodes);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        print("file_bytes", bytes);

        // warm both paths once on the first file, then measure each over every file
        countLines(files.subList(0, 1));
        load(files.subList(0, 1));
        long start = System.nanoTime();
        long lines = countLines(files);
        double baselineSeconds = (System.nanoTime() - start) / 1e9;
        print("baseline_lines", lines);
        print("baseline_seconds", baselineSeconds);

        long heapBefore = liveHeap();
        start = System.nanoTime();
        AreaCodeBitmaps registry = load(files);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = liveHeap();
        print("loaded_numbers", registry.cardinality());
        print("load_seconds", loadSeconds);
        print("load_numbers_per_second", (long) (registry.cardinality() / loadSeconds));
        print("baseline_numbers_per_second", (long) (lines / baselineSeconds));
        print("bitmap_heap_bytes", heapAfter - heapBefore);
        print("bitmap_size_in_bytes", registry.sizeInBytes());

        long sortedBefore = liveHeap();
        long[] sorted = sortedArray(registry);
        long sortedAfter = liveHeap();
        print("sorted_array_heap_bytes", sortedAfter - sortedBefore);

        // a state list and the litigator list, each a small part of the registry's numbers, as in life
        AreaCodeBitmaps state = new AreaCodeBitmaps();
        AreaCodeBitmaps litigators = new AreaCodeBitmaps();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            state.add(sorted[random.nextInt(sorted.length)]);
        }
        for (int i = 0; i < 20_000; i++) {
            litigators.add(sorted[random.nextInt(sorted.length)] + 1);
        }
        LocalDate today = LocalDate.now();
        RegisteredLists lists = RegisteredLists.of(Map.of(DncListKey.FEDERAL, registry,
                new DncListKey("state:TX"), state, DncListKey.LITIGATOR, litigators), today);

        // the phones of a purchased list: half on the registry, half next to a registered number
        long[] list = new long[phones];
        for (int i = 0; i < phones; i++) {
            long registered = sorted[random.nextInt(sorted.length)];
            list[i] = i % 2 == 0 ? registered : registered + 1;
        }
        for (int round = 0; round < 3; round++) { // warm up both
            scrub(lists, list, today);
            search(sorted, list);
        }
        start = System.nanoTime();
        long suppressed = scrub(lists, list, today);
        double scrubSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long found = search(sorted, list);
        double searchSeconds = (System.nanoTime() - start) / 1e9;
        print("scrub_phones", phones);
        print("scrub_suppressed", suppressed);
        print("scrub_seconds", scrubSeconds);
        print("search_found", found);
        print("search_seconds", searchSeconds);
    }

    /** One file per area code, sorted, about numbers / areaCodes lines each, as the Registry publishes them. */
    private static List<Path> generate(Path work, long numbers, int areaCodes) throws IOException {
        List<Path> files = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        long perAreaCode = numbers / areaCodes;
        // lines 2000000-9999999: exchanges 200-999
        double density = perAreaCode / 8_000_000.0;
        byte[] line = new byte[11];
        line[10] = '\n';
        for (int a = 0; a < areaCodes; a++) {
            int areaCode = 201 + a * 11;
            Path file = work.resolve(areaCode + ".txt");
            files.add(file);
            if (Files.exists(file)) {
                continue;
            }
            long written = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                for (int lineNumber = 2_000_000; lineNumber <= 9_999_999 && written < perAreaCode; lineNumber++) {
                    if (random.nextDouble() < density) {
                        long number = areaCode * 10_000_000L + lineNumber;
                        for (int d = 9; d >= 0; d--) {
                            line[d] = (byte) ('0' + number % 10);
                            number /= 10;
                        }
                        out.write(line);
                        written++;
                    }
                }
            }
        }
        return files;
    }

    private static long countLines(List<Path> files) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static AreaCodeBitmaps load(List<Path> files) throws IOException {
        RegistryFileReader reader = new RegistryFileReader(RegistryFileReader.Change.ADD);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.add(file.getFileName().toString(), in);
            }
        }
        return reader.result().additions();
    }

    private static long[] sortedArray(AreaCodeBitmaps registry) {
        long[] sorted = new long[(int) registry.cardinality()];
        int[] next = {0};
        registry.asMap().forEach((areaCode, lines) -> lines.forEach((int line) ->
                sorted[next[0]++] = areaCode * 10_000_000L + line));
        Arrays.sort(sorted);
        return sorted;
    }

    private static long scrub(RegisteredLists lists, long[] phones, LocalDate today) {
        long suppressed = 0;
        RegisteredLists.Day day = lists.on(today); // what a scrub does: the day's view once, then every phone
        for (long phone : phones) {
            if (!day.hits(phone).isEmpty()) {
                suppressed++;
            }
        }
        return suppressed;
    }

    private static long search(long[] sorted, long[] phones) {
        long found = 0;
        for (long phone : phones) {
            if (Arrays.binarySearch(sorted, phone) >= 0) {
                found++;
            }
        }
        return found;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
