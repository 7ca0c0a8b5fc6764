package dev.clinic.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a list query, built from the request's optional filters: a filter left out
 * (null) adds nothing. The conditions are HQL on the entity's fields, joined by {@code and}.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code field = :field}, when {@code value} is given. */
    public Where equal(String field, Object value) {
        return and(field + " = :" + field, field, value);
    }

    /** {@code clause}, which names {@code :parameter}, when {@code value} is given. */
    public Where and(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A condition that always applies; its parameters, if any, are given with {@link #parameter}. */
    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String hql() {
        return String.join(" and ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
