package cn.xkqz.pilot.claim;

import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CheckedCommand;
import cn.xkqz.catalog.validation.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A step of a claim: the action and its comment, and for PAY the payment's reference (国库支付凭证号) and the
 * day it was paid (today when not given; never in the future).
 */
public record ClaimStep(
        @NotBlank @Size(max = 40) String action,
        @Size(max = 500) @Nullable String comment,
        @Size(max = 100) @Nullable String reference,
        @Nullable LocalDate paidOn)
        implements CheckedCommand {

    @Override
    public void checkRules(Taxonomy.Codes codes, String prefix, Violations violations) {
        boolean pay = ClaimAction.PAY.name().equals(action);
        if (pay && (reference == null || reference.isBlank())) {
            violations.add(prefix + "reference", "PAY 须填写支付凭证号");
        }
        if (!pay && (reference != null || paidOn != null)) {
            violations.add(prefix + (reference != null ? "reference" : "paidOn"), "只有 PAY 填写支付凭证号和支付日期");
        }
    }

    TransitionRequest asTransition() {
        return new TransitionRequest(action, comment, null);
    }
}
