package dev.courier.ui.vars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.VariableContext;
import dev.courier.core.vars.VariableResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a field's tooltip and the editor's hover use for variables, without a toolkit. */
class VariableInfoTest {

    private final VariableResolver resolver = VariableContext.of(null, new Environment("Local", List.of(
            Variable.of("base", "http://127.0.0.1:8080"), Variable.secret("token", "s3cret-value"),
            Variable.of("auth", "Bearer {{token}}"), Variable.of("long", "x".repeat(200)))), List.of())
            .forCollection();

    @Test
    void listsEachNameOnceWithValueAndSourceMaskingSecrets() {
        List<VariableInfo.Entry> entries = VariableInfo.of("{{base}}/a?t={{ token }}&again={{base}}&n={{nope}}",
                resolver);
        assertThat(entries).extracting(VariableInfo.Entry::name).containsExactly("base", "token", "nope");
        assertThat(VariableInfo.describe(entries)).isEqualTo("""
                base = http://127.0.0.1:8080 (environment Local)
                token = •••••••• (environment Local)
                nope — unresolved""");
        assertThat(VariableInfo.describe(entries)).doesNotContain("s3cret");
        assertThat(VariableInfo.anyUnresolved(entries)).isTrue();
    }

    @Test
    void aValueBuiltFromASecretIsMaskedToo() {
        List<VariableInfo.Entry> entries = VariableInfo.of("{{auth}}", resolver);
        assertThat(entries.get(0).line()).isEqualTo("auth = •••••••• (environment Local)");
        assertThat(VariableInfo.anyUnresolved(entries)).isFalse();
    }

    @Test
    void longValuesAreCutAndTextWithoutReferencesSaysNothing() {
        assertThat(VariableInfo.of("{{long}}", resolver).get(0).line()).endsWith("x… (environment Local)")
                .hasSizeLessThan(160);
        assertThat(VariableInfo.of("plain text", resolver)).isEmpty();
        assertThat(VariableInfo.of(null, resolver)).isEmpty();
    }
}
