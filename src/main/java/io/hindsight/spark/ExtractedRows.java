package io.hindsight.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one schema the extraction stage emits: a row per file (its status), per incident (the
 * incident's internal JSON with the columns the job groups and filters on), per contributing
 * factor or root cause (for clustering), and per rejection. {@code kind} says which.
 */
public final class ExtractedRows {
    public static final String FILE = "file";
    public static final String INCIDENT = "incident";
    public static final String FACTOR = "factor";
    public static final String REJECT = "reject";

    public static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("location", DataTypes.StringType, true)
            .add("id", DataTypes.StringType, true)
            .add("quarter", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true)
            .add("ordinal", DataTypes.IntegerType, true)
            .add("text", DataTypes.StringType, true)
            .add("root_cause", DataTypes.BooleanType, true)
            .add("warnings", DataTypes.IntegerType, true)
            .add("actions", DataTypes.IntegerType, true)
            .add("actions_done", DataTypes.IntegerType, true);

    private ExtractedRows() {
    }

    static Row file(String path, boolean parsed) {
        return RowFactory.create(FILE, path, null, null, null, null, null, null, parsed ? "parsed" : "rejected", null, null,
                null, null, null, null, null, null);
    }

    static Row incident(String path, String location, String id, String quarter, String date, String severity, String json,
                        int warnings, int actions, int actionsDone) {
        return RowFactory.create(INCIDENT, path, location, id, quarter, date, severity, json, null, null, null, null, null,
                null, warnings, actions, actionsDone);
    }

    static Row factor(String path, String location, String id, String quarter, int ordinal, String text, boolean rootCause) {
        return RowFactory.create(FACTOR, path, location, id, quarter, null, null, null, null, null, null, ordinal, text,
                rootCause, null, null, null);
    }

    static Row reject(String path, String location, String reason, String detail) {
        return RowFactory.create(REJECT, path, location, null, null, null, null, null, null, reason, detail, null, null, null,
                null, null, null);
    }
}
