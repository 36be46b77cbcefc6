package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireloop.domain.job.EmploymentType;
import dev.hireloop.domain.profile.PipelineStatus;
import dev.hireloop.domain.shared.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireNamesTest {
  @Test
  void enum_values_travel_as_lower_case_snake() {
    assertThat(WireEnums.toWire(PipelineStatus.CV_RECEIVED)).isEqualTo("cv_received");
    assertThat(WireEnums.fromWire(EmploymentType.class, " full_time ", "employment_type"))
        .isEqualTo(EmploymentType.FULL_TIME);
  }

  @Test
  void an_unknown_enum_value_names_the_field_and_the_allowed_values() {
    assertThatThrownBy(() -> WireEnums.fromWire(EmploymentType.class, "FULL_TIME", "employment_type"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("employment_type must be one of full_time, part_time, contract, temporary, internship");
  }

  @Test
  void core_field_names_become_wire_names() {
    assertThat(FieldNames.toWire("minimumYears")).isEqualTo("minimum_years");
    assertThat(FieldNames.toWire("salary.min")).isEqualTo("salary.min");
    assertThat(FieldNames.toWire("linkedinUrn")).isEqualTo("linkedin_urn");
  }

  @Test
  void a_core_message_is_split_into_its_field_and_a_detail_using_the_wire_name() {
    FieldNames.Named named = FieldNames.fromMessage("yearsOfExperience must be between 0 and 70");

    assertThat(named.field()).contains("years_of_experience");
    assertThat(named.detail()).isEqualTo("years_of_experience must be between 0 and 70");
  }

  @Test
  void a_message_that_names_no_field_is_kept_as_it_is() {
    assertThat(FieldNames.fromMessage("cannot build Hireloop: persistence is required").field()).isEmpty();
    assertThat(FieldNames.fromMessage("!!").field()).isEqualTo(Optional.empty());
  }

  @Test
  void settings_refuse_a_body_limit_below_one_byte() {
    assertThatThrownBy(() -> new HttpSettings(() -> true, 0, () -> { }))
        .isInstanceOf(InvalidValueException.class);
  }
}
