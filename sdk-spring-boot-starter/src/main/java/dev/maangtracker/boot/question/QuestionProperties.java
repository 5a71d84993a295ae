package dev.maangtracker.boot.question;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Which questions interviews draw from ({@code maang.questions.*}). */
@ConfigurationProperties(prefix = "maang.questions")
@Validated
public class QuestionProperties {

    /**
     * Bank files (JSON, the shipped format) merged on top of the shipped bank, in order; an entry may not reuse an
     * id already loaded.
     */
    @NotNull
    private List<@NotNull Path> files = new ArrayList<>();

    public List<Path> getFiles() {
        return files;
    }

    public void setFiles(List<Path> files) {
        this.files = files;
    }
}
