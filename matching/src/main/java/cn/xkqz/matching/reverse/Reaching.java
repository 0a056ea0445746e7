package cn.xkqz.matching.reverse;

import cn.xkqz.matching.SavedNeed;
import cn.xkqz.matching.ranking.Ranker;

/** A saved need whose bar a new solution reaches, with the solution's standing among its matches. */
record Reaching(SavedNeed need, Ranker.Ranked ranked) {}
