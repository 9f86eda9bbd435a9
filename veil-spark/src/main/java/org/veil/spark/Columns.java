package org.veil.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The rows the job passes between its steps. Originals appear only in {@code text} of input and pass 1. */
final class Columns {
    private Columns() {
    }

    /** A document read, or the reason it could not be. */
    static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("error_stage", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    /** Pass 1: the document with its analysis (spans and entities, encoded), or why detection failed. */
    static final StructType DETECTED = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("analysis", DataTypes.StringType, true)
            .add("error_stage", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    /** Pass 2: the anonymized text and its risk counts (never an original), or why there is none. */
    static final StructType PUBLISHED = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("level", DataTypes.StringType, true)
            .add("replaced", DataTypes.IntegerType, true)
            .add("replaced_by_type", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), true)
            .add("generalised", DataTypes.IntegerType, true)
            .add("kept_quasi", DataTypes.IntegerType, true)
            .add("kept_direct", DataTypes.IntegerType, true)
            .add("residual", DataTypes.IntegerType, true)
            .add("leaks", DataTypes.IntegerType, true)
            .add("candidates", DataTypes.IntegerType, true)
            .add("redetected", DataTypes.BooleanType, true)
            .add("reasons", DataTypes.StringType, true)
            .add("error_stage", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    /** The reason kept for a failed document: the exception's kind only, as messages may quote the text. */
    static String failure(Throwable t) {
        return "failed (" + t.getClass().getSimpleName() + ")";
    }
}
