package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the food catalogue from {@code nutrition/foods.csv} (318 foods of USDA SR28, public
 * domain; see {@code nutrition/FOODS-PROVENANCE.md}). Blank cells become nulls: SR28 has no value,
 * which is not the same as none. The checksum is the file's CRC32, so a changed file without a new
 * migration stops Flyway instead of leaving databases with different catalogues; corrections go in
 * a later migration that updates rows by id.
 */
public class V21__nutrition_foods_usda_sr28 extends BaseJavaMigration {

	static final String RESOURCE = "nutrition/foods.csv";

	static final List<String> HEADER = List.of("ndb_number", "description", "food_group", "calcium_mg",
			"vitamin_d_ug", "vitamin_k_phylloquinone_ug", "menaquinone4_ug", "magnesium_mg", "epa_g", "dha_g",
			"protein_g", "portion_description", "portion_gram_weight");

	private static final String INSERT = """
			insert into foods (id, ndb_number, description, food_group, calcium_mg, vitamin_d_ug, vitamin_k1_ug,
			                   menaquinone4_ug, magnesium_mg, epa_g, dha_g, protein_g, portion_description, portion_grams)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	@Override
	public void migrate(Context context) throws Exception {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv()), format);
				PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
			if (!parser.getHeaderNames().equals(HEADER)) {
				throw new IllegalStateException(RESOURCE + " has unexpected columns: " + parser.getHeaderNames());
			}
			for (CSVRecord row : parser) {
				String ndb = row.get("ndb_number");
				insert.setLong(1, Long.parseLong(ndb));
				insert.setString(2, ndb);
				insert.setString(3, row.get("description"));
				insert.setString(4, row.get("food_group"));
				int column = 5;
				for (String nutrient : HEADER.subList(3, 11)) {
					setNullableNumber(insert, column++, row.get(nutrient));
				}
				String portion = row.get("portion_description");
				insert.setString(13, portion.isBlank() ? null : portion);
				setNullableNumber(insert, 14, row.get("portion_gram_weight"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		crc.update(csv().getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}

	private static void setNullableNumber(PreparedStatement statement, int index, String value) throws Exception {
		if (value == null || value.isBlank()) {
			statement.setNull(index, Types.NUMERIC);
		}
		else {
			statement.setBigDecimal(index, new BigDecimal(value.trim()));
		}
	}

	private static String csv() {
		try (InputStream in = V21__nutrition_foods_usda_sr28.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
