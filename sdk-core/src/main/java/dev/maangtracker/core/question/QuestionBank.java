package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.question.BankFileParser.Located;
import dev.maangtracker.core.question.BankFileParser.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An immutable, thread-safe collection of interview questions: coding problems, behavioral and HR questions, and
 * system design prompts, with lookups by id and filtering by {@link QuestionQuery}.
 *
 * <p>{@link #loadDefault()} reads the bank shipped in this jar (resources {@code coding-problems.json},
 * {@code behavioral-questions.json} and {@code system-design-prompts.json} of this package). {@link #builder()}
 * merges user bank files on top of it. A bank file is a UTF-8 JSON object with any of the keys
 * {@code codingProblems}, {@code behavioralQuestions} and {@code systemDesignPrompts}, each an array of entries whose
 * fields are the components of {@link CodingProblem}, {@link BehavioralQuestion} and {@link SystemDesignPrompt}
 * (a problem's function is under {@code signature}, a test's arguments under {@code args}; a design rubric is an
 * object keyed by {@link DesignDimension} name). Optional fields: a test's {@code hidden} (default {@code false}), an
 * example's {@code explanation}, a signature's {@code comparison} (default {@code EXACT}) and a behavioral question's
 * {@code tags}. Unknown fields are errors, so a misspelt optional field is not silently ignored.
 *
 * <p><b>Ids.</b> Ids are unique per kind: a coding problem and a design prompt may share an id, two coding problems
 * may not. A repeated id within one file is always an error. An entry whose id was already loaded from an earlier
 * file is an error too, unless {@link Builder#allowOverrides(boolean) overrides are allowed}: then the later entry
 * replaces the earlier one and keeps its position.
 *
 * <p><b>Validation.</b> Loading fails fast on the first broken entry with an {@link InvalidInputException} whose
 * message names the file (by file name only), the line, the kind of entry, its id and what is wrong: a missing or
 * misspelt field, too few tests or hints, test arguments that do not fit the signature, a rubric dimension that is
 * missing or unknown, a duplicate id, or malformed JSON (with line and column).
 */
public final class QuestionBank {

    /** Largest bank file, in bytes. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** Most entries in one bank file, all kinds together. */
    public static final int MAX_ENTRIES_PER_FILE = 5_000;

    /** Longest name of a bank source given with {@link Builder#add(String, InputStream)}. */
    public static final int MAX_SOURCE_NAME_LENGTH = 200;

    /** The resource names of the shipped bank files, relative to this class's package. */
    public static final List<String> DEFAULT_FILES = List.of(
            "coding-problems.json", "behavioral-questions.json", "system-design-prompts.json");

    private static final Object DEFAULT_LOCK = new Object();
    private static volatile List<ParsedFile> defaultFiles;
    private static volatile QuestionBank defaultBank;

    private final List<CodingProblem> codingProblems;
    private final List<BehavioralQuestion> behavioralQuestions;
    private final List<SystemDesignPrompt> systemDesignPrompts;
    private final Map<String, CodingProblem> codingById;
    private final Map<String, BehavioralQuestion> behavioralById;
    private final Map<String, SystemDesignPrompt> designById;

    private QuestionBank(Map<String, CodingProblem> coding, Map<String, BehavioralQuestion> behavioral,
                         Map<String, SystemDesignPrompt> design) {
        this.codingProblems = List.copyOf(coding.values());
        this.behavioralQuestions = List.copyOf(behavioral.values());
        this.systemDesignPrompts = List.copyOf(design.values());
        this.codingById = Map.copyOf(coding);
        this.behavioralById = Map.copyOf(behavioral);
        this.designById = Map.copyOf(design);
    }

    /**
     * The bank shipped in this jar. Read once and then shared; the bank is immutable, so sharing is safe.
     *
     * @throws InvalidStateException if a shipped file is missing from the classpath
     */
    public static QuestionBank loadDefault() {
        QuestionBank bank = defaultBank;
        if (bank == null) {
            synchronized (DEFAULT_LOCK) {
                bank = defaultBank;
                if (bank == null) {
                    bank = builder().addDefaults().build();
                    defaultBank = bank;
                }
            }
        }
        return bank;
    }

    /**
     * The shipped bank with the given user files merged on top, in order; a user entry may not reuse an id already
     * loaded (use {@link #builder()} with {@link Builder#allowOverrides(boolean)} to replace entries).
     *
     * @param userFiles bank files to add; may be empty
     * @throws InvalidInputException if the list or a path is null, a file does not exist, is too large or holds an
     *         invalid entry or a duplicate id
     * @throws UnavailableException  if a file exists but cannot be read
     */
    public static QuestionBank load(List<Path> userFiles) {
        Fields.required("userFiles", userFiles);
        Builder builder = builder().addDefaults();
        for (Path file : userFiles) {
            builder.add(file);
        }
        return builder.build();
    }

    /** A builder for a bank made of the shipped files and/or user files; it starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** All coding problems, in load order. */
    public List<CodingProblem> codingProblems() {
        return codingProblems;
    }

    /** All behavioral and HR questions, in load order. */
    public List<BehavioralQuestion> behavioralQuestions() {
        return behavioralQuestions;
    }

    /** All system design prompts, in load order. */
    public List<SystemDesignPrompt> systemDesignPrompts() {
        return systemDesignPrompts;
    }

    /**
     * The coding problems matching the query, in load order.
     *
     * @throws InvalidInputException if {@code query} is null
     */
    public List<CodingProblem> codingProblems(QuestionQuery query) {
        return filter(codingProblems, query);
    }

    /**
     * The behavioral and HR questions matching the query, in load order.
     *
     * @throws InvalidInputException if {@code query} is null
     */
    public List<BehavioralQuestion> behavioralQuestions(QuestionQuery query) {
        return filter(behavioralQuestions, query);
    }

    /**
     * The system design prompts matching the query, in load order.
     *
     * @throws InvalidInputException if {@code query} is null
     */
    public List<SystemDesignPrompt> systemDesignPrompts(QuestionQuery query) {
        return filter(systemDesignPrompts, query);
    }

    /**
     * Questions of every kind matching the query: coding problems first, then system design prompts, then behavioral
     * and HR questions, each in load order.
     *
     * @throws InvalidInputException if {@code query} is null
     */
    public List<Question> questions(QuestionQuery query) {
        Fields.required("query", query);
        return Stream.of(codingProblems, systemDesignPrompts, behavioralQuestions)
                .flatMap(List::stream)
                .filter(query::matches)
                .map(Question.class::cast)
                .toList();
    }

    /**
     * The coding problem with this id.
     *
     * @throws InvalidInputException if {@code id} is null
     * @throws NotFoundException     if no coding problem has this id
     */
    public CodingProblem codingProblem(String id) {
        return findCodingProblem(id).orElseThrow(() -> NotFoundException.of("coding problem", id));
    }

    /**
     * The behavioral or HR question with this id.
     *
     * @throws InvalidInputException if {@code id} is null
     * @throws NotFoundException     if no behavioral or HR question has this id
     */
    public BehavioralQuestion behavioralQuestion(String id) {
        return findBehavioralQuestion(id).orElseThrow(() -> NotFoundException.of("behavioral question", id));
    }

    /**
     * The system design prompt with this id.
     *
     * @throws InvalidInputException if {@code id} is null
     * @throws NotFoundException     if no system design prompt has this id
     */
    public SystemDesignPrompt systemDesignPrompt(String id) {
        return findSystemDesignPrompt(id).orElseThrow(() -> NotFoundException.of("system design prompt", id));
    }

    /**
     * The coding problem with this id, if any.
     *
     * @throws InvalidInputException if {@code id} is null
     */
    public Optional<CodingProblem> findCodingProblem(String id) {
        return Optional.ofNullable(codingById.get(Fields.required("id", id)));
    }

    /**
     * The behavioral or HR question with this id, if any.
     *
     * @throws InvalidInputException if {@code id} is null
     */
    public Optional<BehavioralQuestion> findBehavioralQuestion(String id) {
        return Optional.ofNullable(behavioralById.get(Fields.required("id", id)));
    }

    /**
     * The system design prompt with this id, if any.
     *
     * @throws InvalidInputException if {@code id} is null
     */
    public Optional<SystemDesignPrompt> findSystemDesignPrompt(String id) {
        return Optional.ofNullable(designById.get(Fields.required("id", id)));
    }

    /** Every topic slug of the coding problems and system design prompts, sorted. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        codingProblems.forEach(p -> topics.addAll(p.topics()));
        systemDesignPrompts.forEach(p -> topics.addAll(p.topics()));
        return Collections.unmodifiableSet(topics);
    }

    /** Every competency slug of the behavioral and HR questions, sorted. */
    public Set<String> competencies() {
        Set<String> competencies = new TreeSet<>();
        behavioralQuestions.forEach(q -> competencies.add(q.competency()));
        return Collections.unmodifiableSet(competencies);
    }

    @Override
    public String toString() {
        return "QuestionBank[" + codingProblems.size() + " coding problems, " + behavioralQuestions.size()
                + " behavioral questions, " + systemDesignPrompts.size() + " system design prompts]";
    }

    private static <T extends Question> List<T> filter(List<T> questions, QuestionQuery query) {
        Fields.required("query", query);
        return questions.stream().filter(query::matches).toList();
    }

    private static List<ParsedFile> defaultFiles() {
        List<ParsedFile> files = defaultFiles;
        if (files == null) {
            synchronized (DEFAULT_LOCK) {
                files = defaultFiles;
                if (files == null) {
                    List<ParsedFile> parsed = new ArrayList<>();
                    for (String name : DEFAULT_FILES) {
                        parsed.add(BankFileParser.parse(name, readResource(name)));
                    }
                    files = List.copyOf(parsed);
                    defaultFiles = files;
                }
            }
        }
        return files;
    }

    private static byte[] readResource(String name) {
        try (InputStream in = QuestionBank.class.getResourceAsStream(name)) {
            if (in == null) {
                throw InvalidStateException.of("default question bank", "missing " + name + " from the classpath", "load");
            }
            return readLimited(name, in);
        } catch (IOException e) {
            throw UnavailableException.of("default question bank file '" + name + "'", e);
        }
    }

    private static byte[] readLimited(String source, InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw InvalidInputException.of(source, "must be at most " + MAX_FILE_BYTES + " bytes");
        }
        return content;
    }

    /**
     * Collects bank files and merges them into a {@link QuestionBank}. Each file is read and validated when it is
     * added, so a broken file fails at the call that adds it; ids are checked across files by {@link #build()}. Not
     * thread-safe.
     */
    public static final class Builder {

        private final List<ParsedFile> files = new ArrayList<>();
        private boolean allowOverrides;

        private Builder() {
        }

        /**
         * Adds the shipped bank files (parsed once per class loader and reused).
         *
         * @throws InvalidStateException if a shipped file is missing from the classpath
         */
        public Builder addDefaults() {
            files.addAll(defaultFiles());
            return this;
        }

        /**
         * Adds a bank file from the file system; errors name it by its file name.
         *
         * @throws InvalidInputException if {@code file} is null, does not exist, is not a regular file, is larger than
         *         {@link QuestionBank#MAX_FILE_BYTES} or holds malformed JSON or an invalid entry
         * @throws UnavailableException  if the file exists but reading it fails
         */
        public Builder add(Path file) {
            Fields.required("file", file);
            Path fileName = file.getFileName();
            String source = fileName == null ? file.toString() : fileName.toString();
            if (!Files.exists(file)) {
                throw InvalidInputException.of("question bank file '" + source + "'", "does not exist");
            }
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of("question bank file '" + source + "'", "is not a regular file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                files.add(BankFileParser.parse(source, readLimited(source, in)));
            } catch (IOException e) {
                throw UnavailableException.of("question bank file '" + source + "'", e);
            }
            return this;
        }

        /**
         * Adds a bank file read from a URL, for example a classpath resource; errors name it by the last segment of
         * its path.
         *
         * @throws InvalidInputException if {@code url} is null, the content is larger than
         *         {@link QuestionBank#MAX_FILE_BYTES} or holds malformed JSON or an invalid entry
         * @throws UnavailableException  if reading from the URL fails
         */
        public Builder add(URL url) {
            Fields.required("url", url);
            String path = url.getPath();
            String source = path == null || path.isEmpty() ? "bank file" : path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                files.add(BankFileParser.parse(source, readLimited(source, in)));
            } catch (IOException e) {
                throw UnavailableException.of("question bank file '" + source + "'", e);
            }
            return this;
        }

        /**
         * Adds a bank file read to its end from a stream, which the caller keeps and closes.
         *
         * @param sourceName how error messages name this source, e.g. {@code my-questions.json}
         * @param in         the file's UTF-8 JSON content
         * @throws InvalidInputException if an argument is null, the name is blank or longer than
         *         {@link QuestionBank#MAX_SOURCE_NAME_LENGTH}, the content is larger than
         *         {@link QuestionBank#MAX_FILE_BYTES} or holds malformed JSON or an invalid entry
         * @throws UnavailableException  if reading the stream fails
         */
        public Builder add(String sourceName, InputStream in) {
            Fields.text("sourceName", sourceName, MAX_SOURCE_NAME_LENGTH);
            Fields.required("in", in);
            try {
                files.add(BankFileParser.parse(sourceName, readLimited(sourceName, in)));
            } catch (IOException e) {
                throw UnavailableException.of("question bank source '" + sourceName + "'", e);
            }
            return this;
        }

        /**
         * Whether an entry may replace an entry of the same kind and id loaded from an earlier file (default
         * {@code false}: such a repeat is an error). A repeat within one file is an error either way.
         */
        public Builder allowOverrides(boolean allowOverrides) {
            this.allowOverrides = allowOverrides;
            return this;
        }

        /**
         * Merges the added files, in the order they were added.
         *
         * @throws InvalidInputException naming both places when an id repeats across files and overrides are not allowed
         */
        public QuestionBank build() {
            Map<String, Located<CodingProblem>> coding = new LinkedHashMap<>();
            Map<String, Located<BehavioralQuestion>> behavioral = new LinkedHashMap<>();
            Map<String, Located<SystemDesignPrompt>> design = new LinkedHashMap<>();
            for (ParsedFile file : files) {
                merge(coding, file.codingProblems(), "coding problem");
                merge(behavioral, file.behavioralQuestions(), "behavioral question");
                merge(design, file.systemDesignPrompts(), "system design prompt");
            }
            return new QuestionBank(unwrap(coding), unwrap(behavioral), unwrap(design));
        }

        private <T extends Question> void merge(Map<String, Located<T>> merged, List<Located<T>> entries, String label) {
            for (Located<T> entry : entries) {
                Located<T> earlier = merged.get(entry.question().id());
                if (earlier != null && !allowOverrides) {
                    throw BankFileParser.duplicate(label, entry, earlier,
                            "ids must be unique per kind unless overrides are allowed");
                }
                merged.put(entry.question().id(), entry);
            }
        }

        private static <T extends Question> Map<String, T> unwrap(Map<String, Located<T>> located) {
            Map<String, T> questions = new LinkedHashMap<>();
            located.forEach((id, entry) -> questions.put(id, entry.question()));
            return questions;
        }
    }
}
