package dev.clinic.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * A Java client generated from an OpenAPI document the way an integrator would: openapi-generator's
 * {@code java} generator with the {@code native} library (java.net.http and Jackson), compiled with
 * the JDK's compiler against this module's test classpath and loaded in a class loader of its own.
 */
final class GeneratedClient {

    /** Package of the generated ApiClient and ApiException; the API classes and models are below it. */
    static final String PACKAGE = "dev.clinic.client";

    private GeneratedClient() {
    }

    /**
     * Writes the client's sources for the document into {@code outputDir} (emptied first) and
     * returns the directory of its Java sources. Only what a program needs: no tests, no docs,
     * no timestamps, so two runs on one document write the same files.
     */
    static Path generate(Path document, Path outputDir) throws IOException {
        deleteRecursively(outputDir);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(document.toAbsolutePath().toString())
                .setOutputDir(outputDir.toAbsolutePath().toString())
                .setInvokerPackage(PACKAGE)
                .setApiPackage(PACKAGE + ".api")
                .setModelPackage(PACKAGE + ".model")
                // as an integrator runs it: the generator's own validation of the document stays on
                .setValidateSpec(true)
                .addAdditionalProperty("dateLibrary", "java8")
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("useJakartaEe", true)
                // JsonNullable would need jackson-databind-nullable; plain nulls are enough here.
                .addAdditionalProperty("openApiNullable", false)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        try {
            List<File> files = new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
            if (files.isEmpty()) {
                throw new IllegalStateException("openapi-generator wrote no files for " + document);
            }
        } finally {
            // The generator keeps its global properties per thread; the next test starts clean.
            GlobalSettings.reset();
        }
        return outputDir.resolve("src/main/java");
    }

    /**
     * Compiles every Java source under the given roots into {@code classesDir} and returns a class
     * loader for the result, whose parent is this test's class loader (so Jackson's classes are
     * shared). A compile error fails with the compiler's messages: it means the document produced a
     * client that does not build.
     */
    static URLClassLoader compile(List<Path> sourceRoots, Path classesDir) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: the system tests must run on a JDK, not a JRE");
        }
        deleteRecursively(classesDir);
        Files.createDirectories(classesDir);
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-d", classesDir.toString(),
                    "-classpath", testClasspath(),
                    "-encoding", "UTF-8",
                    "-proc:none",
                    "-nowarn",
                    "-Xlint:none");
            boolean compiled = compiler.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) {
                StringBuilder errors = new StringBuilder("the generated client does not compile:");
                diagnostics.getDiagnostics().stream()
                        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                        .limit(30)
                        .forEach(diagnostic -> errors.append(System.lineSeparator()).append(diagnostic));
                errors.append(System.lineSeparator()).append(output);
                throw new AssertionError(errors.toString());
            }
        }
        return new URLClassLoader(new URL[] {classesDir.toUri().toURL()}, GeneratedClient.class.getClassLoader());
    }

    /** Copies a source file kept in the test resources into a source root, under its package. */
    static Path copyResourceSource(String resource, Path sourceRoot, String packageName) throws IOException {
        Path target = sourceRoot.resolve(packageName.replace('.', '/'))
                .resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = GeneratedClient.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * The test classpath. Failsafe starts the test JVM with a manifest-only jar, so
     * {@code java.class.path} may name just that jar; it also passes the real classpath in
     * {@code surefire.test.class.path}, which comes first here.
     */
    static String testClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("surefire.test.class.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                for (String entry : value.split(File.pathSeparator)) {
                    if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                        entries.add(entry);
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

}
