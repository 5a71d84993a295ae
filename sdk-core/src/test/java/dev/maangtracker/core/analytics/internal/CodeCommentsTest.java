package dev.maangtracker.core.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeCommentsTest {

    @Test
    void extractsLineAndBlockComments() {
        String code = "int a = 1; // O(n) time\n/* O(1)\n space */ int b;\n# python\n-- sql\n";
        assertThat(CodeComments.extract(code)).isEqualTo(" O(n) time\n O(1)\n space \n python\n sql\n");
    }

    @Test
    void extractsPythonDocstrings() {
        assertThat(CodeComments.extract("def f():\n    \"\"\"Runs in O(n).\"\"\"\n")).isEqualTo("Runs in O(n).\n");
    }

    @Test
    void ignoresCommentMarkersInsideStrings() {
        assertThat(CodeComments.extract("s = \"// not a comment\"; t = 'a#b'; // yes\n")).isEqualTo(" yes\n");
        assertThat(CodeComments.extract("s = \"escaped \\\" // still string\";")).isEmpty();
    }

    @Test
    void toleratesUnterminatedCommentsAndStrings() {
        assertThat(CodeComments.extract("/* open")).isEqualTo(" open\n");
        assertThat(CodeComments.extract("\"open")).isEmpty();
        assertThat(CodeComments.extract("/*".repeat(10_000))).isNotEmpty();
    }

    @Test
    void codeWithoutCommentsGivesNothing() {
        assertThat(CodeComments.extract("return a + b;")).isEmpty();
        assertThat(CodeComments.extract("")).isEmpty();
    }
}
