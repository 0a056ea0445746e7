package cn.xkqz.api.problem;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;

/** The methods a path answers, for {@code Allow} and the 405's detail. */
final class HttpMethods {

    private HttpMethods() {}

    /** {@code supported}, plus HEAD wherever GET is (WebFlux answers HEAD for every GET mapping). */
    static String allowed(Collection<HttpMethod> supported) {
        Stream<HttpMethod> head = supported.contains(HttpMethod.GET) ? Stream.of(HttpMethod.HEAD) : Stream.empty();
        return Stream.concat(supported.stream(), head)
                .map(HttpMethod::name)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
