package dev.clinic.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The launcher's internal commands, for tests that stop and start services of the running stack. */
final class Launcher {

    private Launcher() {
    }

    static void run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("clinic.root", "..")).resolve("clinic").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit code", command).isZero();
    }

    /** Runs {@code whileDown} with {@code service} stopped, and starts it again whatever happens. */
    static void withServiceStopped(String service, ThrowingRunnable whileDown) throws Exception {
        run("_service-stop", service);
        try {
            whileDown.run();
        } finally {
            run("_services-start");
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
