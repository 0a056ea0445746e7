package cn.xkqz.catalog;

import cn.xkqz.catalog.validation.Violations;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Which page of a listing to return: {@code page} from 0, {@code size} from 1 to 100. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageQuery {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "不能小于0");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "必须在1到" + MAX_SIZE + "之间");
        }
        violations.throwIfAny("分页参数有误");
    }

    /** Newest first; the id breaks ties so that pages never overlap. */
    public Pageable newestFirst() {
        return PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
    }
}
