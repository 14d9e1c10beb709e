package org.thematica.model;

/**
 * Where the analyst put a theme on the thematic map: the centre of its node in map
 * coordinates, 0 to 1 across and down the figure, so the same map fits a figure of any size.
 */
public record MapPosition(long themeId, double x, double y) {
}
