package org.realtycrm.property.entity;

import java.util.ArrayList;
import java.util.List;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The part of the map a user looks at, in degrees: its south-west and north-east corners. A box across the
 * antimeridian (west greater than east) is refused: no brokerage's map shows one, and it would need two boxes.
 */
public record BoundingBox(double south, double west, double north, double east) {

    public BoundingBox {
        List<FieldError> errors = new ArrayList<>();
        latitude(errors, "south", south);
        latitude(errors, "north", north);
        longitude(errors, "west", west);
        longitude(errors, "east", east);
        if (errors.isEmpty() && south > north) {
            errors.add(new FieldError("south", "must not be north of north"));
        }
        if (errors.isEmpty() && west > east) {
            errors.add(new FieldError("west", "must not be east of east (a box across the antimeridian is not "
                    + "supported)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The box the four map parameters give, or null when none is given; some but not all of them is a mistake.
     */
    public static BoundingBox of(Double south, Double west, Double north, Double east) {
        if (south == null && west == null && north == null && east == null) {
            return null;
        }
        List<FieldError> missing = new ArrayList<>();
        if (south == null) {
            missing.add(new FieldError("south", "is required with west, north and east"));
        }
        if (west == null) {
            missing.add(new FieldError("west", "is required with south, north and east"));
        }
        if (north == null) {
            missing.add(new FieldError("north", "is required with south, west and east"));
        }
        if (east == null) {
            missing.add(new FieldError("east", "is required with south, west and north"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new BoundingBox(south, west, north, east);
    }

    private static void latitude(List<FieldError> errors, String field, double value) {
        if (!(value >= -90 && value <= 90)) { // NaN fails too
            errors.add(new FieldError(field, "must be a latitude between -90 and 90"));
        }
    }

    private static void longitude(List<FieldError> errors, String field, double value) {
        if (!(value >= -180 && value <= 180)) {
            errors.add(new FieldError(field, "must be a longitude between -180 and 180"));
        }
    }
}
