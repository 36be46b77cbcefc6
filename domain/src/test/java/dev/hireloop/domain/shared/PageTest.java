package dev.hireloop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PageTest {

  @Test
  void copies_the_items_it_is_given() {
    List<String> items = new ArrayList<>(List.of("a", "b"));

    Page<String> page = new Page<>(items, 0, 2, 5);
    items.clear();

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void has_more_while_items_remain_after_this_page() {
    assertThat(new Page<>(List.of("a", "b"), 0, 2, 5).hasMore()).isTrue();
    assertThat(new Page<>(List.of("c", "d"), 2, 2, 5).hasMore()).isTrue();
    assertThat(new Page<>(List.of("e"), 4, 2, 5).hasMore()).isFalse();
    assertThat(new Page<>(List.<String>of(), 0, 2, 0).hasMore()).isFalse();
  }

  @Test
  void map_converts_the_items_and_keeps_the_position() {
    Page<Integer> lengths = new Page<>(List.of("a", "bbb"), 10, 2, 30).map(String::length);

    assertThat(lengths).isEqualTo(new Page<>(List.of(1, 3), 10, 2, 30));
  }
}
