/**
 * Municipalities (<i>kommuner</i>) and regions (<i>regioner</i>): Denmark's 98 municipalities
 * with their official three-digit codes (<i>kommunekoder</i>), names and regions, as shipped
 * reference data.
 *
 * <p>Start at {@link io.github.frikommune.core.municipality.Municipality#of(int)} or
 * {@link io.github.frikommune.core.municipality.Municipalities}.
 */
package io.github.frikommune.core.municipality;
