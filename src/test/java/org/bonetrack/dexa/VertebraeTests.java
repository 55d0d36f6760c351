package org.bonetrack.dexa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VertebraeTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = { "L1-L4|L1-L4", "l1–l4|L1-L4", "L2-4|L2-L4", "L1, L2, L4|L1-L2,L4",
			"L3,L1-L2|L1-L3", "L1-L2,L4|L1-L2,L4", " L2 - L3 |L2-L3" })
	void readsTheUsualWaysOfWritingVertebraeAndWritesThemOneWay(String text, String canonical) {
		assertThat(Vertebrae.parse(text)).hasValueSatisfying(vertebrae -> assertThat(vertebrae).hasToString(canonical));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "L1", "L3-L3", "L4-L1", "L0-L4", "L1-L5", "T12-L4", "spine", "L1-L4;" })
	void refusesTextThatIsNotTwoOrMoreOfL1ToL4(String text) {
		assertThat(Vertebrae.parse(text)).isEmpty();
	}

	@Test
	void equalSetsAreEqualHoweverTheyWereWritten() {
		assertThat(Vertebrae.of("L1,L2,L3,L4")).isEqualTo(Vertebrae.L1_L4).hasSameHashCodeAs(Vertebrae.L1_L4);
		assertThat(Vertebrae.of("L2-L4").count()).isEqualTo(3);
		assertThat(Vertebrae.of("L1-L2,L4").levels()).containsExactly(1, 2, 4);
	}

	@Test
	void storedTextReadsTheSameEveryTimeAndTextThatIsNotVertebraeIsStillRefused() {
		assertThat(Vertebrae.of("L1-L2,L4")).isEqualTo(Vertebrae.of("L1-L2,L4")).hasToString("L1-L2,L4");
		assertThat(Vertebrae.of("L1-L2,L4").levels()).containsExactly(1, 2, 4);
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatThrownBy(() -> Vertebrae.of("L1")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("L1");
		}
	}

}
