package dev.clinic.patient.rest;

/** Problem documents as the OpenAPI examples of this service's specific error responses show them. */
final class ClinicalProblemExamples {

    private ClinicalProblemExamples() {
    }

    static final String PATIENT_NOT_FOUND = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 was not found",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/screening",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    static final String NOT_SCREENED = """
            {"type": "https://clinic.dev/problems/not-screened", "title": "Not screened", "status": 404,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 has not been screened yet; PUT the first screening",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/screening",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    static final String PATIENT_ARCHIVED = """
            {"type": "https://clinic.dev/problems/patient-archived", "title": "Conflict", "status": 409,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 is archived; unarchive the patient before changing their record",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/screening",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "archivedAt": "2026-02-01T10:00:00Z"}""";

    static final String UNKNOWN_CODE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "PREGNANT is not a contraindication code; the codes are AGE_UNDER_12, BLEEDING_DISORDER, ANTICOAGULANTS, PREGNANCY, IMMUNOCOMPROMISED, RECENT_SURGERY, ACTIVE_SKIN_INFECTION, SEVERE_NEEDLE_PHOBIA, UNKNOWN_ANSWER",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/contraindications/PREGNANT/clearance",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    static final String NO_CLEARANCE = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 has no clearance of ANTICOAGULANTS",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/contraindications/ANTICOAGULANTS/clearance",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    static final String ABSOLUTE = """
            {"type": "https://clinic.dev/problems/absolute-contraindication", "title": "Conflict", "status": 409,
             "detail": "AGE_UNDER_12 is an absolute contraindication to dry needling and cannot be cleared",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/contraindications/AGE_UNDER_12/clearance",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "code": "AGE_UNDER_12"}""";

    static final String ANSWER_REQUIRED = """
            {"type": "https://clinic.dev/problems/answer-required", "title": "Conflict", "status": 409,
             "detail": "UNKNOWN_ANSWER cannot be cleared: answer the screening questions that are UNKNOWN instead",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/contraindications/UNKNOWN_ANSWER/clearance",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "code": "UNKNOWN_ANSWER"}""";

    static final String NOT_PRESENT = """
            {"type": "https://clinic.dev/problems/contraindication-not-present", "title": "Conflict", "status": 409,
             "detail": "The patient's current screening does not raise PREGNANCY; there is nothing to clear",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/contraindications/PREGNANCY/clearance",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c", "code": "PREGNANCY"}""";

    static final String CONSENT_NOT_FOUND = """
            {"type": "https://clinic.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Consent a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f was not found",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/consents/a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c"}""";

    static final String ALREADY_REVOKED = """
            {"type": "https://clinic.dev/problems/consent-already-revoked", "title": "Conflict", "status": 409,
             "detail": "Consent a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f was already revoked at 2026-03-05T14:00:00Z",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/consents/a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f/revoke",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "consentId": "a4f0c2e1-2b3c-4d5e-8f90-1a2b3c4d5e6f", "revokedAt": "2026-03-05T14:00:00Z"}""";

    static final String CONSENT_ARCHIVED = """
            {"type": "https://clinic.dev/problems/patient-archived", "title": "Conflict", "status": 409,
             "detail": "Patient 5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11 is archived; unarchive the patient before changing their record",
             "instance": "/api/v1/patients/5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11/consents",
             "requestId": "9b2f6c1e-4d0a-4a8e-9d55-0c5a8f1e2b3c",
             "patientId": "5b0e7e1c-3c1f-4b6e-9a63-1f0f2f0c8d11", "archivedAt": "2026-02-01T10:00:00Z"}""";
}
