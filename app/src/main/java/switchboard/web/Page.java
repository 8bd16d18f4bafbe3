package switchboard.web;

import java.util.List;

/** A page of a list: {"items": [...], "next": cursor or null on the last page}. */
public record Page<T>(List<T> items, String next) {}
