package cn.xkqz.catalog.validation;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bean Validation of commands, with messages in Chinese whatever the server's locale, and field paths
 * in the JSON's terms ({@code cases[0].outcome}, {@code industries[1]}).
 */
@Component
public class CatalogValidator implements DisposableBean {

    private final ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.SIMPLIFIED_CHINESE)
            .buildValidatorFactory();
    private final Validator validator = factory.getValidator();
    private final Taxonomy taxonomy;

    public CatalogValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Completes empty when {@code command} is valid, else fails with every problem it has. */
    public Mono<Void> validate(CheckedCommand command) {
        return validate(command, new Violations());
    }

    /** As {@link #validate(CheckedCommand)}, adding to problems the caller already found. */
    public Mono<Void> validate(CheckedCommand command, Violations violations) {
        return taxonomy.codes()
                .doOnNext(codes -> {
                    check(command, codes, "", violations);
                    violations.throwIfAny("提交的内容有 " + violations.errors().size() + " 处问题，未保存");
                })
                .then();
    }

    /** Field constraints and rules of {@code command}, for callers that validate many commands at once. */
    public void check(CheckedCommand command, Taxonomy.Codes codes, String prefix, Violations into) {
        check(command, prefix, into);
        command.checkRules(codes, prefix, into);
    }

    /** Adds each constraint {@code command} breaks to {@code into}, its path prefixed by {@code prefix}. */
    public void check(Object command, String prefix, Violations into) {
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> into.add(prefix + jsonPath(v), v.getMessage()));
    }

    private static String jsonPath(ConstraintViolation<?> violation) {
        // Container elements print as "keywords[2].<list element>"; the JSON path is "keywords[2]".
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }

    @Override
    public void destroy() {
        factory.close();
    }
}
