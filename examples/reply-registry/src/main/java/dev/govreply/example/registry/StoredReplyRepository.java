package dev.govreply.example.registry;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The registry's table. */
interface StoredReplyRepository extends JpaRepository<StoredReply, Long> {

  /**
   * One page of the replies of an issuer and a year, either or both left out (null), in the order
   * registered.
   */
  @Query("select r from StoredReply r where (:issuer is null or r.issuer = :issuer)"
      + " and (:year is null or r.year = :year) order by r.id")
  List<StoredReply> search(@Param("issuer") String issuer, @Param("year") Integer year,
      Pageable page);
}
