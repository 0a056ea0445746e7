package cn.xkqz.api.security;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Request paths as routing sees them, for checks that must not be fooled by how a path is spelled. */
final class RequestPaths {

    private RequestPaths() {}

    /**
     * The path within the application, each segment percent-decoded and stripped of {@code ;} parameters,
     * exactly what route patterns are matched against: {@code /api/v1/%73earch;x=1/suggest} is
     * {@code /api/v1/search/suggest}.
     */
    static String routed(ServerHttpRequest request) {
        StringBuilder path = new StringBuilder();
        for (PathContainer.Element element :
                request.getPath().pathWithinApplication().elements()) {
            path.append(
                    element instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : element.value());
        }
        return path.toString();
    }
}
