package dev.clinic.patient.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.clinic.patient.domain.Hit6Answer;
import dev.clinic.patient.domain.QuestionnaireType;

/**
 * A completed questionnaire as a client sends it: the answers only. The server scores it; a
 * client that sends a score is told so rather than having it silently dropped.
 */
@Schema(name = "QuestionnaireRequest", description = "A completed HIT-6 or MIDAS questionnaire: its answers in item "
        + "order. The server computes the score and its interpretation; sending `score`, `total`, `interpretation` "
        + "or `grade` is refused (400).")
public record QuestionnaireRequest(
        @NotNull
        @Schema(required = true, examples = "HIT6")
        QuestionnaireType type,

        @NotNull @Size(max = 20)
        @Schema(required = true, oneOf = { Hit6Answers.class, MidasAnswers.class }, description = """
                The answers in item order. `HIT6`: exactly six of NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS (items: \
                severe pain; limits daily activities; wish to lie down; too tired; fed up or irritated; limits \
                concentration — over the last four weeks). `MIDAS`: exactly five whole numbers of days, 0 to 90 each \
                (over the last three months: missed work or school; productivity at work or school halved; no \
                household work; household productivity halved; missed family, social or leisure activities). A \
                missing, extra or invalid answer is a 400 naming it, e.g. `answers[6]`.""",
                examples = "[\"SOMETIMES\", \"VERY_OFTEN\", \"ALWAYS\", \"SOMETIMES\", \"RARELY\", \"VERY_OFTEN\"]")
        List<Object> answers,

        @Schema(description = "When the patient completed it; not in the future. Default: now.",
                examples = "2026-03-04T09:30:00Z")
        Instant completedAt,

        @Null(message = "is computed by the server; do not send it") @Schema(hidden = true)
        Object score,
        @Null(message = "is computed by the server; do not send it") @Schema(hidden = true)
        Object total,
        @Null(message = "is computed by the server; do not send it") @Schema(hidden = true)
        Object interpretation,
        @Null(message = "is computed by the server; do not send it") @Schema(hidden = true)
        Object grade) {

    /** The answers of a HIT-6, for the OpenAPI document. */
    @Schema(name = "Hit6Answers", type = SchemaType.ARRAY, implementation = Hit6Answer.class, minItems = 6,
            maxItems = 6,
            description = "HIT-6: six answers, each scored NEVER 6, RARELY 8, SOMETIMES 10, VERY_OFTEN 11, ALWAYS 13.")
    public interface Hit6Answers {
    }

    /** The answers of a MIDAS, for the OpenAPI document. */
    @Schema(name = "MidasAnswers", type = SchemaType.ARRAY, implementation = MidasDayCount.class, minItems = 5,
            maxItems = 5, description = "MIDAS: five counts of days, 0 to 90 each.")
    public interface MidasAnswers {
    }

    @Schema(name = "MidasDayCount", type = SchemaType.INTEGER, minimum = "0", maximum = "90",
            description = "Days, 0 to 90.", examples = "3")
    public interface MidasDayCount {
    }
}
