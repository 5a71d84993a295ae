package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.FunctionSignature;
import dev.maangtracker.core.question.Parameter;
import dev.maangtracker.core.question.TestCase;
import java.util.List;

/**
 * The {@code tests.json} a harness reads: the function's name, parameter and return type spellings, and the argument
 * arrays. Expected values never enter the sandbox; results are compared outside.
 */
public final class TestSpec {

    private TestSpec() {
    }

    public static String json(FunctionSignature signature, List<TestCase> tests) {
        StringBuilder out = new StringBuilder("{\"name\":\"").append(signature.name()).append("\",\"params\":[");
        List<Parameter> parameters = signature.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(parameters.get(i).type().spelling()).append('"');
        }
        out.append("],\"ret\":\"").append(signature.returnType().spelling()).append("\",\"tests\":[");
        for (int i = 0; i < tests.size(); i++) {
            out.append(i == 0 ? "" : ",").append(tests.get(i).args());
        }
        return out.append("]}").toString();
    }
}
