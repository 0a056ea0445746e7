package cn.xkqz.api.demo;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.pilot.chain.ChainCaseDraft;
import cn.xkqz.pilot.chain.ChainCases;
import cn.xkqz.pilot.chain.ChainModel;
import cn.xkqz.pilot.event.EventDraft;
import cn.xkqz.pilot.event.EventParticipation;
import cn.xkqz.pilot.event.EventType;
import cn.xkqz.pilot.event.Events;
import cn.xkqz.pilot.event.IntentionDraft;
import cn.xkqz.pilot.project.ProjectView;
import cn.xkqz.pilot.recognition.RecognitionDraft;
import cn.xkqz.pilot.recognition.RecognitionKind;
import cn.xkqz.pilot.recognition.Recognitions;
import cn.xkqz.pilot.showcase.ShowcaseCategory;
import cn.xkqz.pilot.showcase.ShowcaseDraft;
import cn.xkqz.pilot.showcase.Showcases;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo's spreading of transformation, one of each: the accepted project's enterprise as a showcase,
 * a chain case led by its provider, an upcoming matchmaking event with two registrations and a signed
 * intention, and a recognition that raises the showcase enterprise to 小巨人.
 */
@Component
@ConditionalOnBooleanProperty("xkqz.demo-data.enabled")
class DemoPromotion {

    private final Showcases showcases;
    private final ChainCases chainCases;
    private final Events events;
    private final EventParticipation participation;
    private final Recognitions recognitions;
    private final Lifecycle calendar;

    DemoPromotion(
            Showcases showcases,
            ChainCases chainCases,
            Events events,
            EventParticipation participation,
            Recognitions recognitions,
            Lifecycle calendar) {
        this.showcases = showcases;
        this.chainCases = chainCases;
        this.events = events;
        this.participation = participation;
        this.recognitions = recognitions;
        this.calendar = calendar;
    }

    /** One of each, around {@code accepted} (decided ACCEPTED) and the other demo enterprises. */
    Mono<Void> load(ProjectView accepted, List<UUID> enterprises, UUID otherProvider) {
        UUID showcase = accepted.enterpriseId();
        UUID member = enterprises.get(1);
        return showcases
                .create(new ShowcaseDraft(
                        showcase,
                        accepted.id(),
                        ShowcaseCategory.SMART_WORKSHOP,
                        "演示·桥式起重机远程运维：非计划停机下降八成",
                        List.of(
                                new ShowcaseDraft.Result("月均非计划停机", "30 小时", "6 小时"),
                                new ShowcaseDraft.Result("设备联网率", "10%", "92%"))))
                .then(chainCases.create(new ChainCaseDraft(
                        "演示·起重装备服务商带动配套企业上云",
                        null,
                        accepted.providerId(),
                        enterprises.subList(1, enterprises.size()),
                        ChainModel.PLATFORM,
                        "演示数据：服务商把远程运维平台开放给配套企业，三家企业接入同一平台。")))
                .then(events.create(new EventDraft(
                        "演示·长垣起重装备供需对接会",
                        EventType.MATCHMAKING,
                        calendar.today().plusDays(30),
                        "长垣市",
                        100)))
                .flatMap(event -> as(Parties.enterprise(member), participation.register(event.id()))
                        .then(as(Parties.provider(otherProvider), participation.register(event.id())))
                        .then(participation.sign(
                                event.id(), new IntentionDraft(member, otherProvider, "演示数据：转向器装配线数据采集改造意向"))))
                .then(recognitions.record(
                        showcase,
                        new RecognitionDraft(
                                RecognitionKind.LITTLE_GIANT, calendar.today().minusMonths(1))))
                .then();
    }

    private static <T> Mono<T> as(Actor actor, Mono<T> call) {
        return call.contextWrite(ctx -> ctx.put(Actor.class, actor));
    }

    /** The demo's parties as actors. */
    private static final class Parties {

        private Parties() {}

        static Actor provider(UUID id) {
            return new Actor("demo-provider", Viewers.PROVIDER, id);
        }

        static Actor enterprise(UUID id) {
            return new Actor("demo-enterprise", Viewers.ENTERPRISE, id);
        }
    }
}
