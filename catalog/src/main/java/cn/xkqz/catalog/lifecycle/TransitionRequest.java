package cn.xkqz.catalog.lifecycle;

import cn.xkqz.catalog.validation.CheckedCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a record through its lifecycle: the action, why (the reviewer's comment, the
 * rejection reason, the grounds of an appeal), and for actions that set one, a date (the end of a
 * public notice, the deadline of a warning). {@code version} is the record's version the actor read
 * (required to approve a listing; any action given one is refused with 409 if the record changed
 * since); {@code revisionId} the pending revision the reviewer read (required to approve one).
 */
public record TransitionRequest(
        @NotBlank @Size(max = 40) String action,
        @Size(max = 500) @Nullable String comment,
        @Nullable LocalDate date,
        @Nullable Long version,
        @Nullable UUID revisionId)
        implements CheckedCommand {

    /** A request without version or revision (actions that need neither). */
    public TransitionRequest(String action, @Nullable String comment, @Nullable LocalDate date) {
        this(action, comment, date, null, null);
    }

    public String commentOrEmpty() {
        return comment == null ? "" : comment.strip();
    }
}
