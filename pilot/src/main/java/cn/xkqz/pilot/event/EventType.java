package cn.xkqz.pilot.event;

/**
 * The programme's events: supply–demand matchmaking (供需对接), promotion (宣传推广) and technical exchange
 * (技术交流), which the plan counts together, and thematic training sessions (专题轮训), counted apart.
 */
public enum EventType {
    MATCHMAKING,
    PROMOTION,
    TECH_EXCHANGE,
    TRAINING
}
