package org.bonetrack.nutrition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The food catalogue: look-up by id and search by words. Search combines PostgreSQL full-text
 * search (English stems, word prefixes), plain substrings ("milk" in "Soymilk") and trigram
 * similarity (typos such as "brocoli"), and ranks foods whose name starts with a searched word
 * first, so "milk" lists milks before cheeses made with milk.
 */
@Service
public class FoodCatalogue {

	public static final int MAX_RESULTS = 50;

	static final int MAX_QUERY_LENGTH = 100;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final String COLUMNS = """
			f.id, f.ndb_number, f.description, f.food_group, f.calcium_mg, f.vitamin_d_ug, f.vitamin_k_ug,
			f.magnesium_mg, f.epa_dha_mg, f.protein_g, f.portion_description, f.portion_grams
			""";

	private static final String SEARCH = """
			with q as (select to_tsquery('english', :tsquery) as tsq, string_to_array(:needles, ' ') as needles),
			scored as (
			    select f.*,
			           f.search_document @@ q.tsq as text_match,
			           (select count(*) from unnest(q.needles) n
			             where lower(split_part(f.description, ',', 1)) like '%' || n || '%') as head_hits,
			           (select bool_and(strpos(lower(f.description), n) > 0) from unnest(q.needles) n) as all_substrings,
			           (select min(nullif(strpos(lower(f.description), n), 0)) from unnest(q.needles) n) as first_position,
			           ts_rank_cd(f.search_document, q.tsq) as text_rank,
			           word_similarity(:text, lower(f.description)) as similarity
			    from foods f, q
			    where f.search_document @@ q.tsq
			       or (select bool_and(strpos(lower(f.description), n) > 0) from unnest(q.needles) n)
			       or :text <% lower(f.description)
			)
			""" + "select " + COLUMNS + " from scored f " + """
			order by case when f.text_match and f.head_hits > 0 then 3
			              when f.text_match then 2
			              when f.all_substrings then 1
			              else 0 end desc,
			         f.head_hits desc, f.first_position nulls last, f.text_rank desc, f.similarity desc,
			         length(f.description), f.description
			limit :limit
			""";

	private final JdbcClient jdbc;

	FoodCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Food> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from foods f where f.id = ?").param(id).query(FoodCatalogue::food).optional();
	}

	/** Up to {@code limit} foods matching the words, best first; nothing for a query without words. */
	@Transactional(readOnly = true)
	public List<Food> search(String query, int limit) {
		SearchTerms terms = SearchTerms.of(query);
		if (terms == null) {
			return List.of();
		}
		return jdbc.sql(SEARCH)
			.param("tsquery", terms.tsquery())
			.param("needles", String.join(" ", terms.needles()))
			.param("text", terms.text())
			.param("limit", Math.max(1, Math.min(limit, MAX_RESULTS)))
			.query(FoodCatalogue::food)
			.list();
	}

	@Transactional(readOnly = true)
	public int size() {
		return jdbc.sql("select count(*) from foods").query(Integer.class).single();
	}

	static Food food(ResultSet rs, int row) throws SQLException {
		return new Food(rs.getLong("id"), rs.getString("ndb_number"), rs.getString("description"),
				rs.getString("food_group"),
				new NutrientAmounts(Amounts.tidy(rs.getBigDecimal("calcium_mg")),
						Amounts.tidy(rs.getBigDecimal("vitamin_d_ug")), Amounts.tidy(rs.getBigDecimal("vitamin_k_ug")),
						Amounts.tidy(rs.getBigDecimal("magnesium_mg")), Amounts.tidy(rs.getBigDecimal("epa_dha_mg")),
						Amounts.tidy(rs.getBigDecimal("protein_g"))),
				rs.getString("portion_description"), Amounts.tidy(rs.getBigDecimal("portion_grams")));
	}

	/**
	 * The words of a query: a prefix full-text query ({@code greek:* & yogurt:*}), the words as
	 * substrings with a plural "s" dropped ("sardines" finds "sardine"), and the cleaned text for
	 * trigram similarity. Only letters and digits reach the database's query parser.
	 */
	record SearchTerms(String tsquery, List<String> needles, String text) {

		static SearchTerms of(String query) {
			if (query == null) {
				return null;
			}
			String text = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
			Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
			Set<String> words = new LinkedHashSet<>();
			while (matcher.find() && words.size() < 8) {
				words.add(matcher.group());
			}
			if (words.isEmpty()) {
				return null;
			}
			List<String> needles = new ArrayList<>();
			List<String> prefixes = new ArrayList<>();
			for (String word : words) {
				prefixes.add(word + ":*");
				needles.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
						? word.substring(0, word.length() - 1) : word);
			}
			return new SearchTerms(String.join(" & ", prefixes), needles, String.join(" ", words));
		}

	}

}
