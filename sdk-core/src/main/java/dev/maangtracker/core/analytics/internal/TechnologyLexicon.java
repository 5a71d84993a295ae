package dev.maangtracker.core.analytics.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in list of well-known technologies (about 250 languages, frameworks, data stores,
 * clouds, tools and protocols) with their aliases, e.g. {@code postgres} and {@code psql} for
 * PostgreSQL, {@code k8s} for Kubernetes. Aliases that are also ordinary English words
 * ({@code go}, {@code rust}, {@code spring}, {@code react}, {@code swift}, ...) count only when
 * written capitalised. Immutable and thread-safe.
 */
public final class TechnologyLexicon {

    /**
     * One line per technology: the canonical name, then aliases separated by {@code |}. The canonical
     * name is an alias too. A leading {@code *} marks an alias that must be capitalised to count.
     */
    private static final List<String> ENTRIES = List.of(
            // languages
            "Java", "Kotlin", "Scala", "Python", "Go|*go|golang", "Rust|*rust", "C++|cpp", "C#|csharp",
            "JavaScript|js", "TypeScript", "Ruby|*ruby", "PHP", "Swift|*swift", "Objective-C", "Elixir", "Erlang",
            "Haskell", "Clojure", "Dart|*dart", "Lua", "Perl", "SQL", "Bash", "WebAssembly|wasm", "Groovy",
            "F#", "OCaml", "Zig", "Julia|*julia", "MATLAB",
            // web and application frameworks
            "Spring|*spring", "Spring Boot", "Django", "Flask|*flask", "FastAPI", "Ruby on Rails|*rails",
            "Node.js|nodejs|*node", "Express|*express|express.js", "React|*react|react.js|reactjs", "Angular",
            "Vue|vue.js|vuejs", "Next.js|nextjs", "Svelte", "jQuery", "Redux", "GraphQL", "gRPC",
            "Protobuf|protocol buffers", "Thrift", "Hibernate", "JPA", "ASP.NET", "Laravel", "Flutter",
            "React Native", "Electron|*electron", "Quarkus", "Micronaut", "Vert.x", "Netty", "Tomcat", "Jetty", "WebFlux",
            "RxJava", "Akka", "Project Reactor", "Resilience4j", "Hystrix", "Liquibase", "Flyway", "Tailwind|*tailwind",
            // data processing and machine learning
            "TensorFlow", "PyTorch", "scikit-learn|sklearn", "Pandas|*pandas", "NumPy", "Spark|*spark|apache spark",
            "Hadoop", "Flink", "Airflow", "Kafka|apache kafka", "Kafka Streams", "RabbitMQ", "ActiveMQ", "Pulsar|*pulsar",
            "Kinesis", "SQS", "SNS", "Pub/Sub|pubsub", "ZeroMQ", "Databricks", "Presto|*presto", "Trino", "Hive|*hive",
            "Jupyter", "MLflow", "Kubeflow", "LangChain", "Hugging Face", "OpenAI", "Tableau", "Looker|*looker",
            // data stores and search
            "PostgreSQL|postgres|psql", "MySQL", "MariaDB", "SQLite", "Oracle|*oracle", "SQL Server|mssql",
            "MongoDB|mongo", "Cassandra", "DynamoDB", "Redis", "Memcached", "Elasticsearch|elastic search",
            "OpenSearch", "Solr", "Lucene", "Neo4j", "CockroachDB", "Spanner|*spanner", "Bigtable", "BigQuery",
            "Snowflake|*snowflake", "Redshift", "ClickHouse", "HBase", "Couchbase", "CouchDB", "InfluxDB",
            "TimescaleDB", "Pinecone", "pgvector", "FAISS", "Milvus", "etcd", "ZooKeeper", "Consul|*consul",
            "Vault|*vault", "S3", "HDFS", "Parquet", "Avro", "Iceberg|*iceberg|apache iceberg", "Delta Lake",
            // infrastructure, cloud and operations
            "Docker", "Kubernetes|k8s", "Helm|*helm", "Terraform", "Ansible", "Jenkins", "GitHub Actions", "GitLab CI",
            "CircleCI", "Argo CD|argocd", "Istio", "Envoy|*envoy", "Nginx", "HAProxy", "Prometheus", "Grafana",
            "Datadog", "Splunk", "New Relic", "Jaeger", "OpenTelemetry", "Zipkin", "Sentry|*sentry", "PagerDuty",
            "Kibana", "Logstash", "Fluentd", "AWS|amazon web services", "EC2", "AWS Lambda|*lambda", "ECS", "EKS",
            "GKE", "AKS", "CloudFront", "CloudWatch", "Route 53", "IAM", "Azure", "GCP|google cloud|google cloud platform",
            "Cloud Run", "Firebase", "Heroku", "Vercel", "Netlify", "Cloudflare", "Akamai", "Linux", "Git",
            "GitHub", "GitLab", "Bitbucket", "Jira", "Maven", "Gradle", "npm", "Webpack", "Vite|*vite", "Babel|*babel",
            "Bazel", "CMake", "LLVM", "GraalVM", "JVM", "Android", "iOS", "Nomad|*nomad", "Mesos",
            // testing and APIs
            "JUnit", "pytest", "Jest|*jest", "Selenium", "Cypress|*cypress", "Playwright", "Postman|*postman", "OpenAPI|swagger",
            "Gatling", "JMeter", "Locust|*locust", "Mockito", "Testcontainers", "ArchUnit",
            // protocols, security and formats
            "OAuth|oauth2", "JWT", "OpenID Connect|oidc", "SAML", "TLS|ssl", "HTTP/2", "HTTP/3", "QUIC",
            "WebSocket|websockets", "TCP", "UDP", "DNS", "CDN", "JSON Schema", "WebRTC", "MQTT",
            "CQRS", "Raft|*raft", "Paxos", "Bloom filter|bloom filters", "HyperLogLog", "Consistent hashing");

    private static final TechnologyLexicon BUILT_IN = new TechnologyLexicon(List.of());

    private final Map<String, String> canonicalByAlias;
    private final Set<String> capitalisedOnly;
    private final PhraseMatcher<String> matcher;

    private TechnologyLexicon(Collection<String> extraTerms) {
        Map<String, String> byAlias = new LinkedHashMap<>();
        Set<String> ambiguous = new TreeSet<>();
        for (String entry : ENTRIES) {
            String[] names = entry.split("\\|");
            String canonical = names[0];
            byAlias.put(key(canonical), canonical);
            for (int i = 1; i < names.length; i++) {
                String alias = names[i];
                if (alias.startsWith("*")) {
                    alias = alias.substring(1);
                    ambiguous.add(key(alias));
                }
                byAlias.put(key(alias), canonical);
            }
        }
        for (String term : extraTerms) {
            String canonical = Tokenizer.collapseWhitespace(term);
            byAlias.put(key(canonical), canonical);
            ambiguous.remove(key(canonical));
        }
        this.canonicalByAlias = Map.copyOf(byAlias);
        this.capitalisedOnly = Set.copyOf(ambiguous);
        this.matcher = PhraseMatcher.of(byAlias);
    }

    /** The built-in list. */
    public static TechnologyLexicon builtIn() {
        return BUILT_IN;
    }

    /** The built-in list plus extra terms; an extra term counts in any letter case and names itself. */
    public static TechnologyLexicon withExtraTerms(Collection<String> extraTerms) {
        return extraTerms.isEmpty() ? BUILT_IN : new TechnologyLexicon(extraTerms);
    }

    /** Number of aliases known (canonical names included). */
    public int aliasCount() {
        return canonicalByAlias.size();
    }

    /** Number of distinct technologies known. */
    public int technologyCount() {
        return Set.copyOf(canonicalByAlias.values()).size();
    }

    /**
     * The technology that starts at a token, or {@code null}: the longest alias found there, skipped
     * when it is an ordinary English word written in lower case.
     */
    public PhraseMatcher.Match<String> matchAt(TokenizedText text, int index) {
        PhraseMatcher.Match<String> match = matcher.matchAt(text, index);
        if (match == null) {
            return null;
        }
        if (match.to() - match.from() == 1 && capitalisedOnly.contains(match.phrase())
                && !text.token(index).isCapitalized()) {
            return null;
        }
        return match;
    }

    /** Whether a single normalised word is an unambiguous technology alias. */
    public boolean isUnambiguousWord(String norm) {
        return canonicalByAlias.containsKey(norm) && !capitalisedOnly.contains(norm);
    }

    private static String key(String name) {
        return Tokenizer.collapseWhitespace(Tokenizer.normalise(name));
    }
}
