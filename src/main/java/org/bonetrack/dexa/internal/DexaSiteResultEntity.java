package org.bonetrack.dexa.internal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.bonetrack.dexa.DexaSite;
import org.bonetrack.dexa.Side;
import org.bonetrack.dexa.SiteKey;
import org.bonetrack.dexa.SiteResult;
import org.bonetrack.dexa.Vertebrae;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "dexa_site_results")
class DexaSiteResultEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scan_id")
	private DexaScanEntity scan;

	@Enumerated(EnumType.STRING)
	private DexaSite site;

	@Enumerated(EnumType.STRING)
	private @Nullable Side side;

	private @Nullable String vertebrae;

	private BigDecimal bmd;

	private @Nullable BigDecimal tScore;

	private @Nullable BigDecimal zScore;

	private @Nullable BigDecimal lscGcm2;

	protected DexaSiteResultEntity() {
	}

	DexaSiteResultEntity(DexaScanEntity scan, SiteResult result) {
		this.scan = scan;
		this.site = result.site();
		this.side = result.side();
		apply(result);
	}

	void apply(SiteResult result) {
		this.vertebrae = result.vertebrae() == null ? null : result.vertebrae().toString();
		this.bmd = result.bmd();
		this.tScore = result.tScore();
		this.zScore = result.zScore();
		this.lscGcm2 = result.lscGcm2();
	}

	SiteKey key() {
		return new SiteKey(site, side);
	}

	SiteResult toResult() {
		return new SiteResult(site, side, vertebrae == null ? null : Vertebrae.of(vertebrae), bmd, tScore, zScore,
				lscGcm2);
	}

}
